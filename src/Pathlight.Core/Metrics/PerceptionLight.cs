using Pathlight.Journeys;
using Pathlight.Statistics;

namespace Pathlight.Metrics;

/// <summary>The expectation-versus-reality traffic light.</summary>
public static class PerceptionLight
{
    /// <summary>
    /// Grey when there is no gap or fewer than <see cref="JourneyOptions.MinSample"/> answers behind it; otherwise
    /// green when gap ≥ 0, yellow when −Tolerance ≤ gap &lt; 0, red when gap &lt; −Tolerance, with WOW when
    /// gap ≥ WowThreshold, and uncertain when the interval crosses −Tolerance or 0 (low &lt; b ≤ high) or is undefined.
    /// </summary>
    /// <param name="gap">The expectation gap, or null when there is none.</param>
    /// <param name="options">The journey's sample size and thresholds.</param>
    public static LightAssessment Assess(Measure? gap, JourneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (gap is null || gap.N < options.MinSample) return LightAssessment.Grey;

        var light = gap.Value >= 0 ? Light.Green
            : gap.Value >= -options.Tolerance ? Light.Yellow
            : Light.Red;
        var wow = gap.Value >= options.WowThreshold;
        var uncertain = gap is not { Low: { } low, High: { } high }
            || Crosses(low, high, -options.Tolerance)
            || Crosses(low, high, 0);
        return new LightAssessment(light, wow, uncertain);
    }

    private static bool Crosses(double low, double high, double boundary) => low < boundary && boundary <= high;
}
