using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.Metrics;
using Pathlight.Scorecards;
using Pathlight.Statistics;

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
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // A file or a pipe, never inlined into HTML: names stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteStartObject("journey");
        json.WriteString("id", report.JourneyId);
        json.WriteString("name", report.JourneyName);
        json.WriteEndObject();
        WriteDate(json, "from", report.From);
        WriteDate(json, "to", report.To);
        json.WriteNumber("customers", report.Customers);
        json.WriteString("outcome", "recommend");
        WriteNumber(json, "r2", report.R2);

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
        WriteMeasure(json, "gap", e.Gap);
        json.WriteString("light", ScorecardText.Of(e.Light));
        WriteMeasure(json, "shortfall", e.Shortfall);
        json.WriteBoolean("shortfall_counted", e.ShortfallCounted);

        json.WriteStartObject("importance");
        json.WriteNumber("share", e.Importance.Share);
        json.WriteNumber("importance", e.Importance.Importance);
        WriteNumber(json, "r", e.Importance.R);
        WriteNumber(json, "r_low", e.Importance.RLow);
        WriteNumber(json, "r_high", e.Importance.RHigh);
        json.WriteNumber("n", e.Importance.N);
        json.WriteString("note", e.Importance.Note);
        json.WriteEndObject();

        WriteMeasure(json, "reach", e.Reach);
        json.WriteNumber("reach_customers", e.ReachCustomers);
        WriteKpi(json, e.Kpi, e.KpiShortfall);
        WriteMeasure(json, "cases_per_1000", e.CasesPerThousand);
        json.WriteNumber("cases", e.Cases);
        json.WriteNumber("customers_with_case", e.CaseCustomers);
        WriteMeasure(json, "case_share", e.CaseShare);
        WriteMeasure(json, "nps_difference_after_case", e.Harm.NpsDifference);
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
        WriteMeasure(json, "value", kpi.Value);
        json.WriteNumber("target", kpi.Target);
        json.WriteBoolean("higher_is_better", kpi.HigherIsBetter);
        json.WriteString("light", ScorecardText.Of(kpi.Light));
        WriteNumber(json, "relative_shortfall", shortfall);
        json.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter json, string name, Measure? measure)
    {
        if (measure is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("value", measure.Value);
        WriteNumber(json, "low", measure.Low);
        WriteNumber(json, "high", measure.High);
        json.WriteNumber("n", measure.N);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTime? value)
    {
        if (value is { } date) json.WriteString(name, ScorecardText.Of(date));
        else json.WriteNull(name);
    }
}
