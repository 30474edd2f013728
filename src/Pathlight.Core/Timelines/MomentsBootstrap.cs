using MathNet.Numerics.Statistics;
using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>
/// Percentile bootstrap intervals for the R² increments: customers are resampled with replacement, and each resample's
/// increments come from its correlations (<see cref="MomentsRegression.DeltaR2"/>), the closed form of the same OLS fit.
/// A fixed seed makes every run give the same interval.
/// </summary>
internal static class MomentsBootstrap
{
    internal const int Resamples = 1000;
    internal const int Seed = 20260401;

    /// <summary>Each contact's increment in each resample (NaN where the resample cannot be fitted), resamples in the same order for every contact.</summary>
    internal static double[][] Draws(double[] y, double[] average, double[][] contacts)
    {
        var n = y.Length;
        var k = contacts.Length;
        var random = new Random(Seed);
        var draws = contacts.Select(_ => new double[Resamples]).ToArray();
        var sc = new double[k];
        var scc = new double[k];
        var syc = new double[k];
        var sac = new double[k];
        for (var b = 0; b < Resamples; b++)
        {
            // One pass over the resample collects every sum the correlations need.
            double sy = 0, sa = 0, syy = 0, saa = 0, sya = 0;
            Array.Clear(sc);
            Array.Clear(scc);
            Array.Clear(syc);
            Array.Clear(sac);
            for (var draw = 0; draw < n; draw++)
            {
                var i = random.Next(n);
                var (yi, ai) = (y[i], average[i]);
                sy += yi;
                sa += ai;
                syy += yi * yi;
                saa += ai * ai;
                sya += yi * ai;
                for (var c = 0; c < k; c++)
                {
                    var ci = contacts[c][i];
                    sc[c] += ci;
                    scc[c] += ci * ci;
                    syc[c] += yi * ci;
                    sac[c] += ai * ci;
                }
            }

            var ry = Correlate(n, sy, syy, sa, saa, sya);
            for (var c = 0; c < k; c++)
            {
                var rx = Correlate(n, sy, syy, sc[c], scc[c], syc[c]);
                var rax = Correlate(n, sa, saa, sc[c], scc[c], sac[c]);
                draws[c][b] = Math.Abs(rax) < 1 - 1e-12 ? MomentsRegression.DeltaR2(ry, rx, rax) : double.NaN;
            }
        }

        return draws;
    }

    /// <summary>The 2.5% and 97.5% quantiles of the finite draws, or null when fewer than half the resamples could be fitted.</summary>
    internal static (double Low, double High)? Interval(IEnumerable<double> draws)
    {
        var finite = draws.Where(double.IsFinite).ToList();
        return finite.Count < Resamples / 2
            ? null
            : (finite.QuantileCustom(Confidence.TailProbability, QuantileDefinition.R7),
               finite.QuantileCustom(1 - Confidence.TailProbability, QuantileDefinition.R7));
    }

    private static double Correlate(int n, double sx, double sxx, double sy, double syy, double sxy)
    {
        var cov = sxy - (sx * sy / n);
        var vx = sxx - (sx * sx / n);
        var vy = syy - (sy * sy / n);
        return vx <= 1e-9 || vy <= 1e-9 ? double.NaN : cov / Math.Sqrt(vx * vy);
    }
}
