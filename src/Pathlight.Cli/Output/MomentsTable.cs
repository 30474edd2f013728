using System.Globalization;
using Pathlight.Statistics;
using Pathlight.Timelines;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>The first / last / peak analysis for people: the statements, then the figures behind them.</summary>
internal static class MomentsTable
{
    internal static void Write(IAnsiConsole console, MomentsReport report)
    {
        console.MarkupLine($"[bold]First, last and peak contacts[/] in {Markup.Escape(report.JourneyName)} ({Markup.Escape(report.JourneyId)}): "
            + Markup.Escape($"outcome = relationship {MomentsOutcomes.Describe(report.Outcome)}, n = {report.N:N0}"));
        foreach (var statement in report.Statements)
        {
            console.MarkupLine("• " + Markup.Escape(statement));
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns(
            "Predictor", "Mean score [[95% CI]]", "r with outcome [[95% CI]]", "R²", "ΔR² beyond average [[95% CI]]",
            "Standardized β [[95% CI]]", "β of average", "p");
        foreach (var column in table.Columns.Skip(1)) column.RightAligned().NoWrap();
        foreach (var predictor in report.Predictors)
        {
            var increment = report.Increments.FirstOrDefault(i => i.Predictor == predictor.Predictor);
            var r2 = predictor.Predictor == MomentPredictor.Average ? report.AverageR2 : increment?.R2;
            table.AddRow(
                Markup.Escape(Name(predictor.Predictor)),
                Markup.Escape(WithInterval(predictor.Mean, 2)),
                Markup.Escape(WithInterval(predictor.R, 2)),
                r2 is { } value ? Fixed(value, 3) : "–",
                Markup.Escape(increment is null ? "" : WithInterval(increment.DeltaR2, 3)),
                Markup.Escape(increment is null ? "" : WithInterval(increment.Beta, 2)),
                Markup.Escape(increment is null ? "" : WithInterval(increment.AverageBeta, 2)),
                increment?.P is { } p ? (p < 0.001 ? "<0.001" : Fixed(p, 3)) : "");
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            $"Each contact is added to the average in its own model (OLS on standardized variables); ΔR² intervals are percentile bootstrap "
            + $"over {report.Resamples:N0} resamples of customers, β intervals are t intervals, r intervals Fisher z. "
            + $"Customers need at least {ContactMoments.MinScores} touchpoint scores and a relationship answer."));
    }

    private static string Name(MomentPredictor predictor) => predictor switch
    {
        MomentPredictor.Average => "Average of all scores",
        MomentPredictor.First => "First contact",
        MomentPredictor.Last => "Last contact",
        MomentPredictor.Best => "Best moment",
        _ => "Worst moment",
    };

    private static string WithInterval(Measure? measure, int decimals) => measure switch
    {
        null => "–",
        { Low: { } low, High: { } high } => $"{Fixed(measure.Value, decimals)} [{Fixed(low, decimals)}, {Fixed(high, decimals)}]",
        _ => Fixed(measure.Value, decimals),
    };

    private static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace('-', '−');
}
