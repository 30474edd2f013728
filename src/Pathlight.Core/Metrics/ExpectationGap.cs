using Pathlight.Statistics;

namespace Pathlight.Metrics;

/// <summary>
/// The sample an expectation gap is measured on, and where it came from. Keeping the moments (not just the
/// measure) lets stages and the whole journey pool their touchpoints' gaps.
/// </summary>
/// <param name="Moments">Moments of the per-response gaps: reality − expectation, or score − expected score.</param>
/// <param name="Source">Which of the two the moments hold (or both, once pooled).</param>
public sealed record ExpectationGap(Moments Moments, GapSource Source)
{
    /// <summary>The mean gap with its t interval.</summary>
    public Measure Measure => MeanInterval.Of(Moments)
        ?? throw new InvalidOperationException("An expectation gap always has at least one answer.");

    /// <summary>
    /// The gap of a touchpoint: reality − expectation where responses answer both; otherwise the touchpoint
    /// score's moments shifted by −<paramref name="expectedScore"/>; null when neither is available.
    /// </summary>
    /// <param name="statistics">The touchpoint's response statistics.</param>
    /// <param name="expectedScore">The journey file's expected score for the touchpoint, if given.</param>
    public static ExpectationGap? Of(ResponseStatistics statistics, double? expectedScore)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        if (statistics.Gap.N > 0) return new ExpectationGap(statistics.Gap, GapSource.Expectation);
        if (statistics.Score.N > 0 && expectedScore is { } expected)
        {
            return new ExpectationGap(statistics.Score.Shift(-expected), GapSource.ExpectedScore);
        }

        return null;
    }

    /// <summary>
    /// The pooled gap of several touchpoints: the union of each one's per-response gaps, whichever source it used;
    /// null when none has a gap.
    /// </summary>
    /// <param name="gaps">The touchpoints' gaps; nulls are skipped.</param>
    public static ExpectationGap? Pool(IEnumerable<ExpectationGap?> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ExpectationGap? pooled = null;
        foreach (var gap in gaps)
        {
            if (gap is null) continue;
            pooled = pooled is null
                ? gap
                : new ExpectationGap(pooled.Moments + gap.Moments, pooled.Source == gap.Source ? gap.Source : GapSource.Mixed);
        }

        return pooled;
    }
}
