namespace Pathlight.Journeys;

/// <summary>Options of a journey that govern its metrics and lights.</summary>
/// <param name="MinSample">Below this many answers a light is grey.</param>
/// <param name="Tolerance">A gap in [−Tolerance, 0) is yellow; below −Tolerance red.</param>
/// <param name="WowThreshold">A gap of at least this is a WOW moment.</param>
/// <param name="KpiTolerance">Relative distance from a KPI target (0.10 = 10%) still counted yellow.</param>
/// <param name="SegmentDimensions">Attribute names used as segments (aggregated and offered as filters).</param>
public sealed record JourneyOptions(
    int MinSample,
    double Tolerance,
    double WowThreshold,
    double KpiTolerance,
    IReadOnlyList<string> SegmentDimensions)
{
    /// <summary>How facts are stitched into customers.</summary>
    public IdentityOptions Identity { get; init; } = IdentityOptions.Default;

    /// <summary>Facts older than this many days are deleted by retention; null keeps them.</summary>
    public int? RetentionDays { get; init; }

    /// <summary>The defaults PRODUCT.md names: 30 answers, tolerance 1.0, WOW at +1.0, KPI band 10%.</summary>
    public static JourneyOptions Default { get; } = new(30, 1.0, 1.0, 0.10, []);
}
