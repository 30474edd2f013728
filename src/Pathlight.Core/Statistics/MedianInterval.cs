using MathNet.Numerics.Distributions;

namespace Pathlight.Statistics;

/// <summary>
/// The median with a distribution-free 95% interval from order statistics, read from a histogram of distinct
/// values, so it is exact and mergeable without keeping individual observations.
/// </summary>
public static class MedianInterval
{
    /// <summary>The smallest sample with a 95% order-statistic interval: 2·0.5⁶ ≈ 3.1% ≤ 5%, while 2·0.5⁵ = 6.25%.</summary>
    public const long MinimumSampleForInterval = 6;

    /// <summary>
    /// The median (the mean of the two middle values for an even count) with the interval [x₍ₗ₎, x₍ₙ₋ₗ₊₁₎], where l
    /// is the largest rank with P(B ≤ l − 1) ≤ 2.5% for B ~ Binomial(n, ½). Bounds are null below
    /// <see cref="MinimumSampleForInterval"/> observations; the result is null for an empty histogram.
    /// </summary>
    /// <param name="counts">Distinct values with how often each occurred; counts must be positive.</param>
    public static Measure? Of(SortedDictionary<double, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long n = 0;
        foreach (var count in counts.Values)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
            n += count;
        }

        if (n == 0) return null;

        var median = n % 2 == 1
            ? ValueAtRank(counts, (n + 1) / 2)
            : (ValueAtRank(counts, n / 2) + ValueAtRank(counts, (n / 2) + 1)) / 2;
        if (n < MinimumSampleForInterval) return new Measure(median, null, null, n);

        var l = LowerRank(n);
        return new Measure(median, ValueAtRank(counts, l), ValueAtRank(counts, n - l + 1), n);
    }

    /// <summary>
    /// The largest l (1 ≤ l ≤ n/2) with P(B ≤ l − 1) ≤ 2.5% for B ~ Binomial(n, ½); n must be at least
    /// <see cref="MinimumSampleForInterval"/>. Exact up to int.MaxValue observations, normal approximation beyond.
    /// </summary>
    public static long LowerRank(long n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, MinimumSampleForInterval);
        if (n > int.MaxValue) return ApproximateLowerRank(n);

        // P(B ≤ l − 1) grows with l, so binary-search the last rank that still leaves at most 2.5% below it.
        long good = 1;
        var bad = (n / 2) + 1;
        while (bad - good > 1)
        {
            var mid = good + ((bad - good) / 2);
            if (Binomial.CDF(0.5, (int)n, mid - 1) <= Confidence.TailProbability) good = mid;
            else bad = mid;
        }

        return good;
    }

    /// <summary>
    /// The normal approximation (with continuity correction) of <see cref="LowerRank"/>, used where MathNet's
    /// binomial, which takes an int trial count, cannot go.
    /// </summary>
    internal static long ApproximateLowerRank(long n) =>
        (long)Math.Floor((n / 2.0) + 0.5 - (Confidence.Z * Math.Sqrt(n) / 2));

    private static double ValueAtRank(SortedDictionary<double, long> counts, long rank)
    {
        long seen = 0;
        foreach (var (value, count) in counts)
        {
            seen += count;
            if (seen >= rank) return value;
        }

        throw new ArgumentOutOfRangeException(nameof(rank), rank, "Rank beyond the histogram.");
    }
}
