using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;
using Pathlight.Statistics;

namespace Pathlight.Opportunities;

/// <summary>
/// Writes the opportunity backlog as RFC 4180 CSV, one row per opportunity in rank order: the terms, the statement and
/// every piece of evidence, each measured value as four columns (<c>x</c>, <c>x_low</c>, <c>x_high</c>, <c>x_n</c>).
/// </summary>
public static class OpportunityCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "rank", "touchpoint", "name", "stage", "owner", "priority", "loyalty_term", "support_term", "statement",
        "gap", "gap_low", "gap_high", "gap_n", "light", "shortfall", "shortfall_low", "shortfall_high", "shortfall_counted",
        "importance_share", "importance", "r", "r_low", "r_high", "r_n", "importance_note",
        "reach", "reach_low", "reach_high", "reach_n", "reach_customers",
        "kpi_name", "kpi_value", "kpi_low", "kpi_high", "kpi_n", "kpi_target", "kpi_higher_is_better", "kpi_light", "kpi_relative_shortfall",
        "cases_per_1000", "cases_per_1000_low", "cases_per_1000_high", "cases_per_1000_n", "cases", "customers_with_case",
        "case_share", "case_share_low", "case_share_high", "case_share_n",
        "nps_difference_after_case", "nps_difference_after_case_low", "nps_difference_after_case_high", "nps_difference_after_case_n",
        "harm_from_journey", "support_harm",
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(OpportunityReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var o in report.Opportunities)
        {
            var e = o.Evidence;
            var kpi = e.Kpi;
            csv.WriteRecord(
            [
                Text(o.Rank), o.TouchpointId, o.Name, o.StageId, o.Owner, Text(o.Priority), Text(o.LoyaltyTerm), Text(o.SupportTerm), o.Statement,
                .. Measure(e.Gap), ScorecardText.Of(e.Light), .. Measure(e.Shortfall).Take(3), Text(e.ShortfallCounted),
                Text(e.Importance.Share), Text(e.Importance.Importance), Text(e.Importance.R), Text(e.Importance.RLow), Text(e.Importance.RHigh),
                Text(e.Importance.N), e.Importance.Note,
                .. Measure(e.Reach), Text(e.ReachCustomers),
                kpi?.Name, .. Measure(kpi?.Value), Text(kpi?.Target), kpi is null ? null : Text(kpi.HigherIsBetter),
                kpi is null ? null : ScorecardText.Of(kpi.Light), Text(e.KpiShortfall),
                .. Measure(e.CasesPerThousand), Text(e.Cases), Text(e.CaseCustomers),
                .. Measure(e.CaseShare),
                .. Measure(e.Harm.NpsDifference), Text(e.Harm.FromJourney), Text(e.Harm.Weight),
            ]);
        }
    }

    private static string?[] Measure(Measure? measure) => measure is null
        ? [null, null, null, null]
        : [Text(measure.Value), Text(measure.Low), Text(measure.High), Text(measure.N)];

    private static string? Text(double? value) => value is { } number ? ScorecardText.Of(number) : null;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
