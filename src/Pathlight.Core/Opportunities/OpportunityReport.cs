namespace Pathlight.Opportunities;

/// <summary>The ranked backlog of improvement opportunities of a journey.</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="JourneyName">The journey's name.</param>
/// <param name="From">The filter's inclusive lower bound, if any.</param>
/// <param name="To">The filter's exclusive upper bound, if any.</param>
/// <param name="Customers">The journey's distinct customers under the filter: the denominator of reach and of both terms.</param>
/// <param name="R2">R² of the would-recommend driver model, null when there is none.</param>
/// <param name="Opportunities">Touchpoints with a priority above 0, highest first.</param>
public sealed record OpportunityReport(
    string JourneyId,
    string JourneyName,
    DateTime? From,
    DateTime? To,
    long Customers,
    double? R2,
    IReadOnlyList<Opportunity> Opportunities);
