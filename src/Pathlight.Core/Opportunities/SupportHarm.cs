using Pathlight.Statistics;

namespace Pathlight.Opportunities;

/// <summary>
/// How much a support case caused by a touchpoint costs in loyalty: how many NPS points lower customers rate us after
/// such a case than comparable customers without one, as a share of NPS's 200-point range (0 when they do not rate us
/// lower). Where the touchpoint's own comparison has no answers, the journey-wide comparison over all cases stands in.
/// </summary>
/// <param name="NpsDifference">NPS with a case minus without (adjusted-Wald interval), or null when unmeasured.</param>
/// <param name="FromJourney">True when the journey-wide comparison stood in for the touchpoint's own.</param>
public sealed record SupportHarm(Measure? NpsDifference, bool FromJourney)
{
    /// <summary>The weight of the support term, 0–1.</summary>
    public double Weight => NpsDifference is { } d ? Math.Clamp(-d.Value / 200, 0, 1) : 0;

    /// <summary>The touchpoint's own comparison, else the journey's, else unmeasured (weight 0).</summary>
    public static SupportHarm Of(Measure? touchpoint, Measure? journey) =>
        touchpoint is not null ? new SupportHarm(touchpoint, false) : new SupportHarm(journey, journey is not null);
}
