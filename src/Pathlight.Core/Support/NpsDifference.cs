using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>The difference of two independent Net Promoter Scores with the adjusted-Wald interval (Rocks 2016).</summary>
public static class NpsDifference
{
    /// <summary>
    /// NPS₁ − NPS₂ (unadjusted) with the 95% interval 100·((p′₁ − d′₁) − (p′₂ − d′₂) ± 1.96·√(v₁ + v₂)), clamped to
    /// [−200, 200], where each group is adjusted as in <see cref="NpsInterval"/> (n′ = n + 3, P′ = P + ¾, D′ = D + ¾) and
    /// vᵢ = (p′ᵢ + d′ᵢ − (p′ᵢ − d′ᵢ)²)/n′ᵢ. N is n₁ + n₂; null when either group has no answers.
    /// </summary>
    public static Measure? Of(NpsCounts first, NpsCounts second)
    {
        if (first.Nps is not { } a || second.Nps is not { } b) return null;

        var (centre1, variance1) = Adjusted(first);
        var (centre2, variance2) = Adjusted(second);
        var centre = centre1 - centre2;
        var half = Confidence.Z * Math.Sqrt(variance1 + variance2);
        return new Measure(a.Value - b.Value, Math.Clamp(100 * (centre - half), -200, 200),
            Math.Clamp(100 * (centre + half), -200, 200), first.N + second.N);
    }

    private static (double Centre, double Variance) Adjusted(NpsCounts counts)
    {
        var n = counts.N + 3.0;
        var p = (counts.Promoters + 0.75) / n;
        var d = (counts.Detractors + 0.75) / n;
        return (p - d, (p + d - ((p - d) * (p - d))) / n);
    }
}
