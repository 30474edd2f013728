using MathNet.Numerics.Distributions;
using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>
/// A quantile with a distribution-free 95% interval from order statistics, read from a histogram of distinct
/// values: the analogue for any quantile of <see cref="MedianInterval"/>.
/// </summary>
public static class QuantileInterval
{
    /// <summary>
    /// The <paramref name="q"/>-quantile x₍⌈q·n⌉₎ (the smallest value with at least q of the sample at or below it) with
    /// the interval [x₍ₗ₎, x₍ᵤ₎] of <see cref="Ranks"/>. Bounds are null when either rank does not exist (for the 90th
    /// percentile, below 36 observations); the result is null for an empty histogram.
    /// </summary>
    /// <param name="counts">Distinct values with how often each occurred; counts must not be negative.</param>
    /// <param name="q">The quantile, strictly between 0 and 1 (0.9 for the 90th percentile).</param>
    public static Measure? Of(SortedDictionary<double, long> counts, double q)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long n = 0;
        foreach (var count in counts.Values)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
            n += count;
        }

        if (n == 0) return null;

        var value = ValueAtRank(counts, Math.Max(1, (long)Math.Ceiling(q * n)));
        var (lower, upper) = Ranks(n, q);
        return lower is { } l && upper is { } u
            ? new Measure(value, ValueAtRank(counts, l), ValueAtRank(counts, u), n)
            : new Measure(value, null, null, n);
    }

    /// <summary>
    /// The ranks of the interval for the <paramref name="q"/>-quantile of <paramref name="n"/> observations. With B ~
    /// Binomial(n, q) the number of observations below the true quantile, l is the largest rank with P(B ≤ l − 1) ≤ 2.5%
    /// and u the smallest with P(B ≥ u) ≤ 2.5%, so [x₍ₗ₎, x₍ᵤ₎] covers it with probability P(l ≤ B ≤ u − 1) ≥ 95%. A rank
    /// is null when no rank in 1..n qualifies. For q = ½ these are <see cref="MedianInterval.LowerRank"/> and n − l + 1.
    /// </summary>
    /// <param name="n">Observations, 1 to int.MaxValue (the binomial takes an int trial count).</param>
    /// <param name="q">The quantile, strictly between 0 and 1.</param>
    public static (long? Lower, long? Upper) Ranks(long n, double q)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, int.MaxValue);
        if (!(q > 0 && q < 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "The quantile must be strictly between 0 and 1.");

        var trials = (int)n;
        double Below(long rank) => Binomial.CDF(q, trials, rank - 1);

        // P(B ≤ r − 1) grows with r: the lower rank is the last r where it is still ≤ 2.5%, the upper the first r where
        // P(B ≥ r) = 1 − P(B ≤ r − 1) has fallen to ≤ 2.5%.
        long? lower = Below(1) <= Confidence.TailProbability ? LastWhere(1, n, r => Below(r) <= Confidence.TailProbability) : null;
        long? upper = 1 - Below(n) <= Confidence.TailProbability
            ? FirstWhere(1, n, r => 1 - Below(r) <= Confidence.TailProbability)
            : null;
        return (lower, upper);
    }

    // The last r in [from, to] where a predicate that holds at from and then turns false for good still holds.
    private static long LastWhere(long from, long to, Func<long, bool> holds)
    {
        var good = from;
        var bad = to + 1;
        while (bad - good > 1)
        {
            var mid = good + ((bad - good) / 2);
            if (holds(mid)) good = mid;
            else bad = mid;
        }

        return good;
    }

    // The first r in [from, to] where a predicate that holds at to and stays true from some point on holds.
    private static long FirstWhere(long from, long to, Func<long, bool> holds)
    {
        var bad = from - 1;
        var good = to;
        while (good - bad > 1)
        {
            var mid = bad + ((good - bad) / 2);
            if (holds(mid)) good = mid;
            else bad = mid;
        }

        return good;
    }

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
