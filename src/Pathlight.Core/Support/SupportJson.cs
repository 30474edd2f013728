using System.Text.Json;
using Pathlight.Reports;

namespace Pathlight.Support;

/// <summary>
/// Writes a support report as indented JSON, the same for <c>pathlight support --format json</c> and the API. Every
/// measured value is {"value", "low", "high", "n"}; absent data is a JSON null with its key present.
/// </summary>
public static class SupportJson
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(SupportReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(report.JourneyId, report.JourneyName);
        json.WriteDate("from", report.From);
        json.WriteDate("to", report.To);
        json.WriteDate("observed_until", report.ObservedUntil);
        json.WriteNumber("churn_window_days", SupportDefinitions.ChurnWindowDays);
        json.WriteStartObject("methods");
        foreach (var (name, method) in SupportDefinitions.Methods) json.WriteString(name, method);
        json.WriteEndObject();

        json.WriteStartArray("touchpoints");
        foreach (var row in report.Touchpoints) WriteRow(json, row);
        json.WriteEndArray();
        json.WritePropertyName("overall");
        WriteRow(json, report.Overall);
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, SupportRow row)
    {
        json.WriteStartObject();
        json.WriteString("touchpoint", row.TouchpointId);
        json.WriteString("name", row.Name);
        json.WriteString("owner", row.Owner);
        json.WriteNumber("cases", row.Cases);
        json.WriteNumber("customers", row.Customers);
        json.WriteNumber("contacts", row.Contacts);
        json.WriteNumber("interactions", row.Interactions);
        json.WriteMeasure("cases_per_1000", row.CasesPerThousand);
        json.WriteStartObject("time_to_recover_hours");
        json.WriteMeasure("median", row.RecoveryMedianHours);
        json.WriteMeasure("p90", row.RecoveryP90Hours);
        json.WriteNumber("resolved", row.Resolved);
        json.WriteNumber("open", row.Open);
        json.WriteEndObject();
        json.WriteMeasure("first_contact_resolution", row.FirstContactResolution);
        json.WriteMeasure("reopen_rate", row.Reopen);
        json.WriteStartObject("churn_90d");
        json.WriteMeasure("with_case", row.Churn.WithCase);
        json.WriteMeasure("without_case", row.Churn.Without);
        json.WriteMeasure("difference", row.Churn.Difference);
        json.WriteNumber("pending_with_case", row.Churn.PendingWithCase);
        json.WriteNumber("pending_without_case", row.Churn.PendingWithout);
        json.WriteEndObject();
        json.WriteStartObject("nps_after");
        json.WriteMeasure("with_case", row.Nps.WithCase);
        json.WriteMeasure("without_case", row.Nps.Without);
        json.WriteMeasure("difference", row.Nps.Difference);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
