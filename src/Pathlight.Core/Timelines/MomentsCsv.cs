using CsvHelper;
using Pathlight.Scorecards;
using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>
/// Writes a moments report as RFC 4180 CSV, one row per predictor (average first): its mean and correlation with the
/// outcome and, for the contacts, what they add beyond the average. For the average, <c>r2</c> is R² of the average alone.
/// </summary>
public static class MomentsCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "outcome", "predictor", "n", "mean", "mean_low", "mean_high", "r", "r_low", "r_high", "r2",
        "delta_r2", "delta_r2_low", "delta_r2_high", "beta", "beta_low", "beta_high",
        "average_beta", "average_beta_low", "average_beta_high", "p",
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(MomentsReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var predictor in report.Predictors)
        {
            var increment = report.Increments.FirstOrDefault(i => i.Predictor == predictor.Predictor);
            var r2 = predictor.Predictor == MomentPredictor.Average ? report.AverageR2 : increment?.R2;
            csv.WriteRecord(
            [
                MomentsOutcomes.NameOf(report.Outcome), MomentsText.Of(predictor.Predictor), Text(report.N),
                .. Cells(predictor.Mean), .. Cells(predictor.R), Text(r2),
                .. Cells(increment?.DeltaR2), .. Cells(increment?.Beta), .. Cells(increment?.AverageBeta), Text(increment?.P),
            ]);
        }
    }

    private static string?[] Cells(Measure? measure) => measure is null ? new string?[3] : [Text(measure.Value), Text(measure.Low), Text(measure.High)];

    private static string? Text(double? value) => value is { } number ? ScorecardText.Of(number) : null;
}
