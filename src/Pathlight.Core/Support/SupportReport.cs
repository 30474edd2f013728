namespace Pathlight.Support;

/// <summary>The support experience of a journey: one row per causing touchpoint and one for all cases.</summary>
/// <param name="JourneyId">The journey's id.</param>
/// <param name="JourneyName">The journey's name.</param>
/// <param name="From">The filter's inclusive lower bound, if any.</param>
/// <param name="To">The filter's exclusive upper bound, if any.</param>
/// <param name="ObservedUntil">The latest timestamp in the journey's data; churn windows must end by then to count.</param>
/// <param name="Touchpoints">Touchpoints with cases or interactions in journey order, then cases that name no touchpoint.</param>
/// <param name="Overall">All cases, interactions and customers together.</param>
public sealed record SupportReport(
    string JourneyId,
    string JourneyName,
    DateTime? From,
    DateTime? To,
    DateTime? ObservedUntil,
    IReadOnlyList<SupportRow> Touchpoints,
    SupportRow Overall)
{
    /// <summary>The row of a touchpoint, or null when it has neither cases nor interactions.</summary>
    public SupportRow? Find(string touchpointId) => Touchpoints.FirstOrDefault(r => r.TouchpointId == touchpointId);
}
