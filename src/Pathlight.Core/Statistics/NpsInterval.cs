namespace Pathlight.Statistics;

/// <summary>The Net Promoter Score with its adjusted-Wald interval (Rocks 2016).</summary>
public static class NpsInterval
{
    /// <summary>
    /// NPS = 100·(P − D)/n with its 95% adjusted-Wald interval, clamped to [−100, 100]; null when n is 0.
    /// The point estimate is unadjusted; only the interval uses n + 3 and P, D + 3/4.
    /// </summary>
    /// <param name="promoters">Answers of 9 or 10.</param>
    /// <param name="detractors">Answers of 0 to 6.</param>
    /// <param name="n">All answers.</param>
    public static Measure? Of(long promoters, long detractors, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(promoters + detractors, n);
        if (n == 0) return null;

        var adjustedN = n + 3.0;
        var p = (promoters + 0.75) / adjustedN;
        var d = (detractors + 0.75) / adjustedN;
        var difference = p - d;
        var se = Math.Sqrt((p + d - (difference * difference)) / adjustedN);
        var low = Math.Clamp(100 * (difference - (Confidence.Z * se)), -100, 100);
        var high = Math.Clamp(100 * (difference + (Confidence.Z * se)), -100, 100);
        return new Measure(100.0 * (promoters - detractors) / n, low, high, n);
    }
}
