namespace Pathlight.Surveys;

/// <summary>What a survey link points at: a touchpoint of a journey and, optionally, the customer it was sent to.</summary>
/// <param name="JourneyId">The journey's id.</param>
/// <param name="TouchpointId">The touchpoint the answers rate.</param>
/// <param name="CustomerId">The customer the answers are attributed to, or null for an anonymous link.</param>
public sealed record SurveyLink(string JourneyId, string TouchpointId, string? CustomerId = null);
