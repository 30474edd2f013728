using Pathlight.Statistics;

namespace Pathlight.Paths;

/// <summary>One of the most common whole paths.</summary>
/// <param name="Nodes">The touchpoints in time order.</param>
/// <param name="Customers">How many customers took exactly this path.</param>
/// <param name="Share">Their percentage of all customers with a path, with its Wilson interval.</param>
/// <param name="Verdict">How the path compares with the planned order.</param>
public sealed record CommonPath(IReadOnlyList<string> Nodes, long Customers, Measure Share, PathVerdict Verdict);
