using Pathlight.Statistics;

namespace Pathlight.Paths;

/// <summary>The customers whose path falls in one class; the classes are exclusive and add up to every customer.</summary>
/// <param name="Class">The class.</param>
/// <param name="Customers">How many customers are in it.</param>
/// <param name="Share">Their percentage of all customers with a path, with its Wilson interval; null when there are none at all.</param>
public sealed record ClassShare(PathClass Class, long Customers, Measure? Share);
