using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;
using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>
/// Writes a support report as RFC 4180 CSV: one row per touchpoint, then the row <c>overall</c>. Each measure takes
/// four columns (name, name_low, name_high, name_n); absent values are empty cells; invariant-culture numbers.
/// </summary>
public static class SupportCsv
{
    private static readonly string[] MeasureNames =
    [
        "cases_per_1000", "recovery_median_hours", "recovery_p90_hours", "first_contact_resolution", "reopen_rate",
        "churn_with_case", "churn_without_case", "churn_difference", "nps_with_case", "nps_without_case", "nps_difference",
    ];

    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "level", "touchpoint", "name", "owner", "cases", "customers", "contacts", "interactions", "resolved", "open",
        "churn_pending_with_case", "churn_pending_without_case", .. MeasureNames.SelectMany(MeasureColumns),
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(SupportReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var row in report.Touchpoints) csv.WriteRecord([.. Cells("touchpoint", row)]);
        csv.WriteRecord([.. Cells("overall", report.Overall)]);
    }

    private static IEnumerable<string?> Cells(string level, SupportRow row) =>
    [
        level, row.TouchpointId, row.Name, row.Owner, Text(row.Cases), Text(row.Customers), Text(row.Contacts),
        Text(row.Interactions), Text(row.Resolved), Text(row.Open), Text(row.Churn.PendingWithCase), Text(row.Churn.PendingWithout),
        .. Cells(row.CasesPerThousand), .. Cells(row.RecoveryMedianHours), .. Cells(row.RecoveryP90Hours),
        .. Cells(row.FirstContactResolution), .. Cells(row.Reopen),
        .. Cells(row.Churn.WithCase), .. Cells(row.Churn.Without), .. Cells(row.Churn.Difference),
        .. Cells(row.Nps.WithCase), .. Cells(row.Nps.Without), .. Cells(row.Nps.Difference),
    ];

    private static IEnumerable<string> MeasureColumns(string name) => [name, name + "_low", name + "_high", name + "_n"];

    private static IEnumerable<string?> Cells(Measure? measure) =>
        measure is null ? new string?[4] : [ScorecardText.Of(measure.Value), Text(measure.Low), Text(measure.High), Text(measure.N)];

    private static string? Text(double? value) => value is { } number ? ScorecardText.Of(number) : null;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
