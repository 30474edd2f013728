namespace Pathlight.Scorecards;

/// <summary>The journey scorecard: every touchpoint, every stage and the whole journey, over one period.</summary>
/// <param name="JourneyId">Journey id.</param>
/// <param name="JourneyName">Journey display name.</param>
/// <param name="From">Start of the period (UTC), or null when open.</param>
/// <param name="To">End of the period (UTC), or null when open.</param>
/// <param name="Touchpoints">Touchpoint cards in journey order.</param>
/// <param name="Stages">Stage cards in stage order.</param>
/// <param name="Overall">The pooled perception of all touchpoints.</param>
/// <param name="Relationship">The relationship survey (responses with no touchpoint).</param>
public sealed record Scorecard(
    string JourneyId,
    string JourneyName,
    DateTime? From,
    DateTime? To,
    IReadOnlyList<TouchpointCard> Touchpoints,
    IReadOnlyList<StageCard> Stages,
    PerceptionCard Overall,
    RelationshipCard Relationship);
