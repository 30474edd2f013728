using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;
using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>
/// The statistics behind the moments analysis: Pearson's r with its Fisher-z interval, and ordinary least squares on
/// standardized variables (MathNet's QR decomposition) for standardized coefficients with t intervals and R².
/// </summary>
internal static class MomentsRegression
{
    /// <summary>A fitted model on standardized variables: R², and per predictor its coefficient, standard error and t quantile.</summary>
    internal sealed record Fit(double R2, double[] Beta, double[] StandardError, int DegreesOfFreedom)
    {
        public Measure Coefficient(int predictor, long n)
        {
            var half = MeanInterval.Quantile(DegreesOfFreedom) * StandardError[predictor];
            return new Measure(Beta[predictor], Beta[predictor] - half, Beta[predictor] + half, n);
        }

        public double P(int predictor)
        {
            var t = Math.Abs(Beta[predictor] / StandardError[predictor]);
            return double.IsFinite(t) ? 2 * (1 - StudentT.CDF(0, 1, DegreesOfFreedom, t)) : 0;
        }
    }

    /// <summary>Pearson's r with the Fisher-z 95% interval tanh(atanh r ± 1.96/√(n − 3)); null without variance.</summary>
    internal static Measure? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        if (n < 2 || Spread(x) == 0 || Spread(y) == 0) return null;

        var r = Math.Clamp(Correlation.Pearson(x, y), -1, 1);
        if (n <= 3 || Math.Abs(r) == 1) return new Measure(r, n > 3 ? r : null, n > 3 ? r : null, n);

        var z = Math.Atanh(r);
        var half = Confidence.Z / Math.Sqrt(n - 3);
        return new Measure(r, Math.Tanh(z - half), Math.Tanh(z + half), n);
    }

    /// <summary>
    /// Regresses the standardized <paramref name="y"/> on the standardized predictors with an intercept; null when there
    /// are no residual degrees of freedom, a variable has no variance, or the predictors are collinear.
    /// </summary>
    internal static Fit? Standardized(IReadOnlyList<double> y, params IReadOnlyList<double>[] predictors)
    {
        var n = y.Count;
        var k = predictors.Length;
        var degrees = n - k - 1;
        if (degrees < 1 || Standardize(y) is not { } zy) return null;

        var columns = predictors.Select(Standardize).ToList();
        if (columns.Any(c => c is null)) return null;

        var x = Matrix<double>.Build.Dense(n, k + 1, (i, j) => j == 0 ? 1 : columns[j - 1]![i]);
        var qr = x.QR();
        var rank = Enumerable.Range(0, k + 1).Min(j => Math.Abs(qr.R[j, j]));
        if (rank < 1e-9 * Math.Sqrt(n)) return null;

        var target = Vector<double>.Build.DenseOfArray(zy);
        var beta = qr.Solve(target);
        var residuals = target - (x * beta);
        var sse = residuals.DotProduct(residuals);
        var variance = sse / degrees;
        var inverse = x.TransposeThisAndMultiply(x).Inverse();

        // Standardized y has a total sum of squares of n − 1.
        var r2 = Math.Clamp(1 - (sse / (n - 1)), 0, 1);
        return new Fit(r2,
            [.. Enumerable.Range(1, k).Select(j => beta[j])],
            [.. Enumerable.Range(1, k).Select(j => Math.Sqrt(variance * inverse[j, j]))],
            degrees);
    }

    /// <summary>
    /// R² of y on a and x beyond y on a alone, from the three correlations:
    /// (r_ya² + r_yx² − 2·r_ya·r_yx·r_ax) / (1 − r_ax²) − r_ya². NaN when undefined.
    /// </summary>
    internal static double DeltaR2(double rya, double ryx, double rax)
    {
        var full = ((rya * rya) + (ryx * ryx) - (2 * rya * ryx * rax)) / (1 - (rax * rax));
        return Math.Max(0, full - (rya * rya));
    }

    private static double[]? Standardize(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return sd == 0 || !double.IsFinite(sd) ? null : [.. values.Select(v => (v - mean) / sd)];
    }

    private static double Spread(IReadOnlyList<double> values) => values.Max() - values.Min();
}
