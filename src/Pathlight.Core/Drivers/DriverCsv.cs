using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;

namespace Pathlight.Drivers;

/// <summary>
/// Writes a driver report as RFC 4180 CSV: one row per driver, most important first, then one row per touchpoint
/// left out (importance columns empty, the reason in <c>excluded_reason</c>). The outcome, R², method and cuts
/// repeat on every row so the file stands alone.
/// </summary>
public static class DriverCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "rank", "touchpoint", "name", "owner", "r", "r_low", "r_high", "n", "importance", "share",
        "performance", "performance_low", "performance_high", "performance_n", "quadrant",
        "outcome", "r2", "method", "missing", "importance_cut", "performance_cut", "excluded_reason",
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(DriverReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        string?[] model =
        [
            DriverOutcomes.Name(report.Outcome), Text(report.R2), DriverText.Name(report.Method), MissingData.Method,
            Text(report.ImportanceCut), Text(report.PerformanceCut),
        ];
        foreach (var d in report.Drivers)
        {
            csv.WriteRecord(
            [
                Text(d.Rank), d.TouchpointId, d.Name, d.Owner, Text(d.R), Text(d.RLow), Text(d.RHigh), Text(d.N),
                Text(d.Importance), Text(d.Share), Text(d.Performance.Value), Text(d.Performance.Low), Text(d.Performance.High),
                Text(d.Performance.N), DriverText.Name(d.Quadrant), .. model, null,
            ]);
        }

        foreach (var e in report.Excluded)
        {
            csv.WriteRecord(
            [
                null, e.TouchpointId, e.Name, null, null, null, null, Text(e.N), null, null, null, null, null, null, null,
                .. model, e.Reason,
            ]);
        }
    }

    private static string? Text(double? value) => value is { } number ? ScorecardText.Of(number) : null;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
