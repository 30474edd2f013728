namespace Pathlight.Scorecards;

/// <summary>One stage's line on the scorecard: the pooled perception of its touchpoints.</summary>
/// <param name="Id">Stage id.</param>
/// <param name="Name">Display name.</param>
/// <param name="TouchpointIds">Its touchpoints in journey order.</param>
/// <param name="Perception">Metrics of the merged statistics of its touchpoints, light from their pooled gap.</param>
public sealed record StageCard(string Id, string Name, IReadOnlyList<string> TouchpointIds, PerceptionCard Perception);
