namespace Pathlight.Paths;

/// <summary>How often customers moved from one node straight to another, over all steps.</summary>
/// <param name="From">A touchpoint id, <see cref="PathNodes.Start"/> or <see cref="PathNodes.Support"/>.</param>
/// <param name="To">A touchpoint id, <see cref="PathNodes.Support"/> or <see cref="PathNodes.End"/>.</param>
/// <param name="Count">The number of moves (a customer who makes the same move twice counts twice).</param>
public sealed record PathTransition(string From, string To, long Count);
