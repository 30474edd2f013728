namespace Pathlight.Statistics;

/// <summary>The Wilson score interval for a proportion, without continuity correction.</summary>
public static class WilsonInterval
{
    /// <summary>
    /// The percentage (0–100) of <paramref name="successes"/> out of <paramref name="n"/> with its 95% Wilson
    /// score interval; null when <paramref name="n"/> is 0.
    /// </summary>
    /// <param name="successes">Observations counted as a success, 0 ≤ successes ≤ n.</param>
    /// <param name="n">All observations.</param>
    public static Measure? Percent(long successes, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        if (n == 0) return null;

        const double z2 = Confidence.Z * Confidence.Z;
        var p = (double)successes / n;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2.0 * n))) / denominator;
        var half = Confidence.Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;

        // Rounding can push a bound a hair outside [0, 1] when p is 0 or 1.
        var low = Math.Max(0, centre - half);
        var high = Math.Min(1, centre + half);
        return new Measure(100 * p, 100 * low, 100 * high, n);
    }
}
