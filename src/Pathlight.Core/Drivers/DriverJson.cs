using Pathlight.Reports;

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
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(report.JourneyId, report.JourneyName);
        json.WriteDate("from", report.From);
        json.WriteDate("to", report.To);
        json.WriteString("outcome", DriverOutcomes.Name(report.Outcome));
        json.WriteString("outcome_description", DriverOutcomes.Describe(report.Outcome));
        json.WriteNumber("customers", report.Customers);
        json.WriteNumber("n", report.N);
        json.WriteNumberOrNull("r2", report.R2);
        json.WriteString("method", DriverText.Name(report.Method));

        json.WriteStartObject("missing");
        json.WriteString("method", MissingData.Method);
        json.WriteString("description", report.Missing.Description);
        json.WriteBoolean("repaired", report.Missing.Repaired);
        json.WriteEndObject();

        json.WriteStartObject("cuts");
        json.WriteNumberOrNull("importance", report.ImportanceCut);
        json.WriteNumberOrNull("performance", report.PerformanceCut);
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
            json.WriteNumberOrNull("r_low", driver.RLow);
            json.WriteNumberOrNull("r_high", driver.RHigh);
            json.WriteNumber("n", driver.N);
            json.WriteNumber("importance", driver.Importance);
            json.WriteNumber("share", driver.Share);
            json.WriteNumber("performance", driver.Performance.Value);
            json.WriteNumberOrNull("performance_low", driver.Performance.Low);
            json.WriteNumberOrNull("performance_high", driver.Performance.High);
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
}
