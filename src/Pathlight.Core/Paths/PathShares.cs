using Pathlight.Statistics;

namespace Pathlight.Paths;

/// <summary>
/// Percentages of customers with a path, each with its Wilson interval and n (null when no customer has a path).
/// Detour, support and drop-off can hold together, so they need not add up; planned and left-planned do, to 100.
/// </summary>
/// <param name="Planned">Followed the planned order to a goal: no backward move, no support, no drop-off.</param>
/// <param name="Detour">Moved back at least once to an earlier touchpoint.</param>
/// <param name="Support">Entered support at least once.</param>
/// <param name="DropOff">Never reached a goal touchpoint.</param>
/// <param name="LeftPlanned">Any of the three: 100 − planned.</param>
public sealed record PathShares(Measure? Planned, Measure? Detour, Measure? Support, Measure? DropOff, Measure? LeftPlanned);
