namespace Pathlight.Drivers;

/// <summary>The key-driver analysis of a journey: which touchpoints move the overall outcome, and how they perform.</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="JourneyName">The journey's name.</param>
/// <param name="From">Inclusive lower bound of the facts analysed, or null.</param>
/// <param name="To">Exclusive upper bound of the facts analysed, or null.</param>
/// <param name="Outcome">The outcome explained.</param>
/// <param name="Customers">Customers with at least one touchpoint score.</param>
/// <param name="N">Of those, customers with an outcome.</param>
/// <param name="R2">The model's R², null when there is no model (too few customers or drivers).</param>
/// <param name="Method">How importance was computed.</param>
/// <param name="Missing">How skipped touchpoints were handled.</param>
/// <param name="ImportanceCut">The quadrant's importance cut: the mean importance across drivers (R² / drivers).</param>
/// <param name="PerformanceCut">The quadrant's performance cut: the mean of the drivers' mean scores.</param>
/// <param name="Drivers">The drivers in the model, most important first.</param>
/// <param name="Excluded">Touchpoints left out, with the reason.</param>
public sealed record DriverReport(
    string JourneyId,
    string JourneyName,
    DateTime? From,
    DateTime? To,
    DriverOutcome Outcome,
    long Customers,
    long N,
    double? R2,
    ImportanceMethod Method,
    MissingData Missing,
    double? ImportanceCut,
    double? PerformanceCut,
    IReadOnlyList<KeyDriver> Drivers,
    IReadOnlyList<ExcludedDriver> Excluded)
{
    /// <summary>How the quadrant cuts are chosen, in words.</summary>
    public const string CutRule = "mean across drivers";
}
