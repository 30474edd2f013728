namespace Pathlight.Statistics;

/// <summary>The confidence level every interval in Pathlight uses.</summary>
public static class Confidence
{
    /// <summary>The two-sided level, 95%.</summary>
    public const double Level = 0.95;

    /// <summary>The standard normal quantile used by the Wilson and adjusted-Wald intervals (rounded, as PRODUCT.md fixes it).</summary>
    public const double Z = 1.96;

    /// <summary>The probability left in each tail, (1 − 95%)/2 = 2.5%.</summary>
    public const double TailProbability = 0.025;
}
