using Pathlight.Statistics;

namespace Pathlight.Drivers;

/// <summary>The 95% interval of a Pearson correlation by Fisher's z transformation.</summary>
public static class CorrelationInterval
{
    /// <summary>
    /// tanh(atanh(r) ± 1.96 / √(n − 3)); null when n ≤ 3, where the transformation's variance is undefined.
    /// </summary>
    /// <param name="r">The sample correlation.</param>
    /// <param name="n">The number of pairs it rests on.</param>
    public static (double Low, double High)? Of(double r, long n)
    {
        if (n <= 3 || double.IsNaN(r)) return null;
        var z = Math.Atanh(Math.Clamp(r, -1 + 1e-15, 1 - 1e-15));
        var half = Confidence.Z / Math.Sqrt(n - 3);
        return (Math.Tanh(z - half), Math.Tanh(z + half));
    }
}
