using System.Globalization;
using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>The findings of a moments report as sentences a CX analyst can read out; numbers only, no verdicts beyond them.</summary>
internal static class MomentsStatements
{
    /// <summary>The fewest customers the regressions can be fitted on (one residual degree of freedom with two predictors).</summary>
    internal const int MinCustomers = 4;

    internal static IReadOnlyList<string> Of(MomentsReport report)
    {
        var outcome = MomentsOutcomes.Describe(report.Outcome);
        var lines = new List<string>
        {
            $"{Count(report.N)} of {Count(report.Considered)} customers have at least {ContactMoments.MinScores} touchpoint scores and a relationship {outcome}.",
        };
        if (report.N < MinCustomers || report.AverageR2 is not { } alone)
        {
            lines.Add($"That is too few (or too uniform) to weigh single contacts against the average; at least {MinCustomers} customers with varied scores are needed.");
            return lines;
        }

        if (report.N < report.MinSample)
        {
            lines.Add($"That is fewer than the journey's minimum sample of {report.MinSample}, so read the figures below as indicative.");
        }

        var r = report.Correlation(MomentPredictor.Average).R;
        lines.Add($"Their average touchpoint score correlates {Coefficient("r", r)} with the outcome; alone it explains R² = {Fixed(alone, 3)}.");
        foreach (var increment in report.Increments)
        {
            lines.Add(Sentence(increment));
        }

        if (report.LastOverFirst is { } difference)
        {
            var clear = difference is { Low: { } low, High: { } high } && (low > 0 || high < 0);
            var gap = $"ΔR² last − first = {Fixed(difference.Value, 3)}{Interval(difference, 3)}";
            lines.Add(clear
                ? $"The {(difference.Value > 0 ? "last" : "first")} contact weighs clearly more than the {(difference.Value > 0 ? "first" : "last")} beyond the average ({gap})."
                : $"The first and last contacts weigh about the same beyond the average; the difference is not clear ({gap}).");
        }

        return lines;
    }

    private static string Sentence(MomentIncrement increment)
    {
        var name = Name(increment.Predictor);
        if (increment.DeltaR2 is not { } delta || increment.Beta is not { } beta)
        {
            return $"The {name} cannot be weighed against the average (it moves in lockstep with it, or has no variance).";
        }

        var added = $"ΔR² = {Fixed(delta.Value, 3)}{Interval(delta, 3)}";
        if (!increment.Clear)
        {
            return $"The {name} adds nothing clear beyond the average ({added}; its standardized β = {Fixed(beta.Value, 2)}{Interval(beta, 2)} includes 0).";
        }

        var direction = beta.Value > 0 ? "higher" : "lower";
        return $"The {name} adds {added} beyond the average: at the same average, one standard deviation more at the {Short(increment.Predictor)} goes with an outcome "
            + $"{Fixed(Math.Abs(beta.Value), 2)} standard deviations {direction} (standardized β = {Fixed(beta.Value, 2)}{Interval(beta, 2)}).";
    }

    private static string Name(MomentPredictor predictor) => predictor switch
    {
        MomentPredictor.First => "first contact",
        MomentPredictor.Last => "last contact",
        MomentPredictor.Best => "best moment (the positive peak)",
        MomentPredictor.Worst => "worst moment (the negative peak)",
        _ => "average",
    };

    private static string Short(MomentPredictor predictor) => predictor switch
    {
        MomentPredictor.First => "first contact",
        MomentPredictor.Last => "last contact",
        MomentPredictor.Best => "best moment",
        MomentPredictor.Worst => "worst moment",
        _ => "average",
    };

    private static string Coefficient(string symbol, Measure? measure) =>
        measure is null ? $"{symbol} = n/a" : $"{symbol} = {Fixed(measure.Value, 2)}{Interval(measure, 2)}";

    private static string Interval(Measure measure, int decimals) =>
        measure is { Low: { } low, High: { } high } ? $" [{Fixed(low, decimals)}, {Fixed(high, decimals)}]" : "";

    internal static string Fixed(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return !text.StartsWith('-') ? text
            : text.Any(c => c is >= '1' and <= '9') ? "\u2212" + text[1..]
            : text[1..];
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
