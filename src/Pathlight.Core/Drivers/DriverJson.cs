using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.Scorecards;

namespace Pathlight.Drivers;

/// <summary>
/// Writes a driver report as indented JSON, the same for the CLI and the API: numbers at full precision, absent
/// values as JSON null with their key present.
/// </summary>
public static class DriverJson
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(DriverReport report, Stream stream)
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
        json.WriteString("outcome", DriverOutcomes.Name(report.Outcome));
        json.WriteString("outcome_description", DriverOutcomes.Describe(report.Outcome));
        json.WriteNumber("customers", report.Customers);
        json.WriteNumber("n", report.N);
        WriteNumber(json, "r2", report.R2);
        json.WriteString("method", DriverText.Name(report.Method));

        json.WriteStartObject("missing");
        json.WriteString("method", MissingData.Method);
        json.WriteString("description", report.Missing.Description);
        json.WriteBoolean("repaired", report.Missing.Repaired);
        json.WriteEndObject();

        json.WriteStartObject("cuts");
        WriteNumber(json, "importance", report.ImportanceCut);
        WriteNumber(json, "performance", report.PerformanceCut);
        json.WriteString("rule", DriverReport.CutRule);
        json.WriteEndObject();

        json.WriteStartArray("drivers");
        foreach (var driver in report.Drivers)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", driver.Rank);
            json.WriteString("touchpoint", driver.TouchpointId);
            json.WriteString("name", driver.Name);
            json.WriteString("owner", driver.Owner);
            json.WriteNumber("r", driver.R);
            WriteNumber(json, "r_low", driver.RLow);
            WriteNumber(json, "r_high", driver.RHigh);
            json.WriteNumber("n", driver.N);
            json.WriteNumber("importance", driver.Importance);
            json.WriteNumber("share", driver.Share);
            json.WriteNumber("performance", driver.Performance.Value);
            WriteNumber(json, "performance_low", driver.Performance.Low);
            WriteNumber(json, "performance_high", driver.Performance.High);
            json.WriteNumber("performance_n", driver.Performance.N);
            json.WriteString("quadrant", DriverText.Name(driver.Quadrant));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("excluded");
        foreach (var excluded in report.Excluded)
        {
            json.WriteStartObject();
            json.WriteString("touchpoint", excluded.TouchpointId);
            json.WriteString("name", excluded.Name);
            json.WriteNumber("n", excluded.N);
            json.WriteString("reason", excluded.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
