namespace Pathlight.Paths;

/// <summary>One distinct path and how many customers took it.</summary>
/// <param name="Nodes">The touchpoints visited (and <see cref="PathNodes.Support"/> for cases), in time order.</param>
/// <param name="Customers">The number of customers whose whole path this is.</param>
public sealed record PathSequence(IReadOnlyList<string> Nodes, long Customers);
