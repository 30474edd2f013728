using MathNet.Numerics.Distributions;
using Pathlight.Metrics;

namespace Pathlight.Statistics;

/// <summary>The Student t interval for a mean, computed from moment sums.</summary>
public static class MeanInterval
{
    /// <summary>
    /// The mean of the sample with its 95% t interval (n − 1 degrees of freedom); bounds null for a single value,
    /// and the whole result null for an empty sample.
    /// </summary>
    /// <param name="moments">Count, sum and sum of squares of the sample.</param>
    public static Measure? Of(Moments moments)
    {
        if (moments.Mean is not { } mean) return null;
        if (moments.Variance is not { } variance) return new Measure(mean, null, null, moments.N);

        var half = Quantile(moments.N - 1) * Math.Sqrt(variance / moments.N);
        return new Measure(mean, mean - half, mean + half, moments.N);
    }

    /// <summary>The 97.5% quantile of Student's t with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    public static double Quantile(long degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        return StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - Confidence.TailProbability);
    }
}
