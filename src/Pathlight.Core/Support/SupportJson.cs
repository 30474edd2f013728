using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.Scorecards;
using Pathlight.Statistics;

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
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // A file, a pipe or an API body, never inlined into HTML, so names stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteStartObject("journey");
        json.WriteString("id", report.JourneyId);
        json.WriteString("name", report.JourneyName);
        json.WriteEndObject();
        WriteDate(json, "from", report.From);
        WriteDate(json, "to", report.To);
        WriteDate(json, "observed_until", report.ObservedUntil);
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
        WriteMeasure(json, "cases_per_1000", row.CasesPerThousand);
        json.WriteStartObject("time_to_recover_hours");
        WriteMeasure(json, "median", row.RecoveryMedianHours);
        WriteMeasure(json, "p90", row.RecoveryP90Hours);
        json.WriteNumber("resolved", row.Resolved);
        json.WriteNumber("open", row.Open);
        json.WriteEndObject();
        WriteMeasure(json, "first_contact_resolution", row.FirstContactResolution);
        WriteMeasure(json, "reopen_rate", row.Reopen);
        json.WriteStartObject("churn_90d");
        WriteMeasure(json, "with_case", row.Churn.WithCase);
        WriteMeasure(json, "without_case", row.Churn.Without);
        WriteMeasure(json, "difference", row.Churn.Difference);
        json.WriteNumber("pending_with_case", row.Churn.PendingWithCase);
        json.WriteNumber("pending_without_case", row.Churn.PendingWithout);
        json.WriteEndObject();
        json.WriteStartObject("nps_after");
        WriteMeasure(json, "with_case", row.Nps.WithCase);
        WriteMeasure(json, "without_case", row.Nps.Without);
        WriteMeasure(json, "difference", row.Nps.Difference);
        json.WriteEndObject();
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
