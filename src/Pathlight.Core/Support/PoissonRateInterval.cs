using MathNet.Numerics.Distributions;
using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>A rate of events per 1,000 units of exposure with the exact Poisson (Garwood) interval.</summary>
public static class PoissonRateInterval
{
    /// <summary>
    /// 1,000 · <paramref name="events"/> / <paramref name="exposure"/> with its 95% exact Poisson interval for the
    /// count: [Γ⁻¹(2.5%; k, 1), Γ⁻¹(97.5%; k + 1, 1)] (the chi-square form χ²(2k)/2, χ²(2k + 2)/2), the lower bound
    /// 0 when k is 0, both scaled by 1,000/exposure. N is the exposure; null when the exposure is 0.
    /// </summary>
    /// <param name="events">Events counted (cases), at least 0.</param>
    /// <param name="exposure">Units they happened in (interactions), at least 0.</param>
    public static Measure? PerThousand(long events, long exposure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfNegative(exposure);
        if (exposure == 0) return null;

        var (low, high) = CountInterval(events);
        var scale = 1000.0 / exposure;
        return new Measure(events * scale, low * scale, high * scale, exposure);
    }

    /// <summary>The 95% exact (Garwood) interval for the mean of a Poisson count of which <paramref name="events"/> was observed.</summary>
    public static (double Low, double High) CountInterval(long events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        var low = events == 0 ? 0 : Gamma.InvCDF(events, 1, Confidence.TailProbability);
        var high = Gamma.InvCDF(events + 1, 1, 1 - Confidence.TailProbability);
        return (low, high);
    }
}
