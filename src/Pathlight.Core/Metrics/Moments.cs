namespace Pathlight.Metrics;

/// <summary>Count, sum and sum of squares of a sample: enough for its mean and variance, and mergeable.</summary>
public readonly record struct Moments(long N, double Sum, double SumOfSquares)
{
    /// <summary>The sample with one more value.</summary>
    public Moments Add(double value) => new(N + 1, Sum + value, SumOfSquares + (value * value));

    /// <summary>The union of two samples.</summary>
    public static Moments operator +(Moments a, Moments b) =>
        new(a.N + b.N, a.Sum + b.Sum, a.SumOfSquares + b.SumOfSquares);

    /// <summary>The union of two samples.</summary>
    public static Moments Add(Moments a, Moments b) => a + b;

    /// <summary>The mean, or null when empty.</summary>
    public double? Mean => N == 0 ? null : Sum / N;

    /// <summary>The sample variance (n − 1 denominator), or null below two values.</summary>
    public double? Variance => N < 2 ? null : Math.Max(0, (SumOfSquares - (Sum * Sum / N)) / (N - 1));

    /// <summary>The moments of every value shifted by <paramref name="offset"/> (x + offset).</summary>
    public Moments Shift(double offset) =>
        new(N, Sum + (N * offset), SumOfSquares + (2 * offset * Sum) + (N * offset * offset));
}
