using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>
/// The difference of two independent proportions with Newcombe's hybrid score interval (Newcombe 1998, method 10),
/// built from the two Wilson score intervals.
/// </summary>
public static class NewcombeInterval
{
    /// <summary>
    /// p₁ − p₂ in percentage points with the interval [d − √((p₁ − l₁)² + (u₂ − p₂)²), d + √((u₁ − p₁)² + (p₂ − l₂)²)],
    /// where (lᵢ, uᵢ) are the 95% Wilson intervals; N is n₁ + n₂. Null when either sample is empty.
    /// </summary>
    /// <param name="successes1">Successes in the first sample.</param>
    /// <param name="n1">Size of the first sample.</param>
    /// <param name="successes2">Successes in the second sample.</param>
    /// <param name="n2">Size of the second sample.</param>
    public static Measure? Difference(long successes1, long n1, long successes2, long n2)
    {
        if (WilsonInterval.Percent(successes1, n1) is not { Low: { } l1, High: { } u1 } first
            || WilsonInterval.Percent(successes2, n2) is not { Low: { } l2, High: { } u2 } second)
        {
            return null;
        }

        var (p1, p2) = (first.Value, second.Value);
        var d = p1 - p2;
        var low = d - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u2 - p2) * (u2 - p2)));
        var high = d + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p2 - l2) * (p2 - l2)));
        return new Measure(d, low, high, n1 + n2);
    }
}
