using System.Text.Json;
using Pathlight.Metrics;
using Pathlight.Reports;
using Pathlight.Scorecards;

namespace Pathlight.Opportunities;

/// <summary>Writes the opportunity backlog as indented JSON, the same for the CLI and the API.</summary>
public static class OpportunityJson
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(OpportunityReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(report.JourneyId, report.JourneyName);
        json.WriteDate("from", report.From);
        json.WriteDate("to", report.To);
        json.WriteNumber("customers", report.Customers);
        json.WriteString("outcome", "recommend");
        json.WriteNumberOrNull("r2", report.R2);

        json.WriteStartObject("method");
        json.WriteString("priority", OpportunityMethod.Priority);
        json.WriteString("loyalty_term", OpportunityMethod.LoyaltyTerm);
        json.WriteString("support_term", OpportunityMethod.SupportTerm);
        json.WriteString("shortfall", OpportunityMethod.Shortfall);
        json.WriteString("reach", OpportunityMethod.Reach);
        json.WriteString("importance", OpportunityMethod.Importance);
        json.WriteEndObject();

        json.WriteStartArray("opportunities");
        foreach (var o in report.Opportunities) WriteOpportunity(json, o);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOpportunity(Utf8JsonWriter json, Opportunity o)
    {
        var e = o.Evidence;
        json.WriteStartObject();
        json.WriteNumber("rank", o.Rank);
        json.WriteString("touchpoint", o.TouchpointId);
        json.WriteString("name", o.Name);
        json.WriteString("stage", o.StageId);
        json.WriteString("stage_name", o.StageName);
        json.WriteString("owner", o.Owner);
        json.WriteNumber("priority", o.Priority);
        json.WriteNumber("loyalty_term", o.LoyaltyTerm);
        json.WriteNumber("support_term", o.SupportTerm);
        json.WriteString("statement", o.Statement);

        json.WriteStartObject("evidence");
        json.WriteMeasure("gap", e.Gap);
        json.WriteString("light", ScorecardText.Of(e.Light));
        json.WriteMeasure("shortfall", e.Shortfall);
        json.WriteBoolean("shortfall_counted", e.ShortfallCounted);

        json.WriteStartObject("importance");
        json.WriteNumber("share", e.Importance.Share);
        json.WriteNumber("importance", e.Importance.Importance);
        json.WriteNumberOrNull("r", e.Importance.R);
        json.WriteNumberOrNull("r_low", e.Importance.RLow);
        json.WriteNumberOrNull("r_high", e.Importance.RHigh);
        json.WriteNumber("n", e.Importance.N);
        json.WriteString("note", e.Importance.Note);
        json.WriteEndObject();

        json.WriteMeasure("reach", e.Reach);
        json.WriteNumber("reach_customers", e.ReachCustomers);
        WriteKpi(json, e.Kpi, e.KpiShortfall);
        json.WriteMeasure("cases_per_1000", e.CasesPerThousand);
        json.WriteNumber("cases", e.Cases);
        json.WriteNumber("customers_with_case", e.CaseCustomers);
        json.WriteMeasure("case_share", e.CaseShare);
        json.WriteMeasure("nps_difference_after_case", e.Harm.NpsDifference);
        json.WriteBoolean("harm_from_journey", e.Harm.FromJourney);
        json.WriteNumber("support_harm", e.Harm.Weight);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteKpi(Utf8JsonWriter json, KpiResult? kpi, double? shortfall)
    {
        if (kpi is null)
        {
            json.WriteNull("kpi");
            return;
        }

        json.WriteStartObject("kpi");
        json.WriteString("name", kpi.Name);
        json.WriteMeasure("value", kpi.Value);
        json.WriteNumber("target", kpi.Target);
        json.WriteBoolean("higher_is_better", kpi.HigherIsBetter);
        json.WriteString("light", ScorecardText.Of(kpi.Light));
        json.WriteNumberOrNull("relative_shortfall", shortfall);
        json.WriteEndObject();
    }
}
