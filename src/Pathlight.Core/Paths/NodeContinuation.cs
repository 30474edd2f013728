using Pathlight.Statistics;

namespace Pathlight.Paths;

/// <summary>Of the customers who reached a node, how many went on to another visit and how many left there.</summary>
/// <param name="Node">A touchpoint id, or <see cref="PathNodes.Support"/>.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Support">Whether it counts as support.</param>
/// <param name="Customers">Customers who visited it at least once.</param>
/// <param name="Left">Customers whose path ended there (their last visit).</param>
/// <param name="Continue">Percentage of <paramref name="Customers"/> who went on, with its Wilson interval; null when none reached it.</param>
/// <param name="Leave">Percentage of <paramref name="Customers"/> who left there, with its Wilson interval; null when none reached it.</param>
public sealed record NodeContinuation(
    string Node,
    string Name,
    bool Support,
    long Customers,
    long Left,
    Measure? Continue,
    Measure? Leave);
