using MathNet.Numerics.Distributions;

namespace Pathlight.Tests.Demo;

/// <summary>The few statistics the scenario checks need, computed here so they do not depend on the metric code.</summary>
internal static class SampleStatistics
{
    /// <summary>Mean with its 95% Student t interval (n − 1 degrees of freedom).</summary>
    public static (double Mean, double Low, double High) MeanInterval(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(variance / n);
        return (mean, mean - half, mean + half);
    }

    public static double Pearson(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var mx = xs.Average();
        var my = ys.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    public static double Rate(IEnumerable<bool> values)
    {
        var list = values.ToList();
        return 100.0 * list.Count(v => v) / list.Count;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
