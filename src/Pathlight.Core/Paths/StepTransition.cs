namespace Pathlight.Paths;

/// <summary>How many customers moved from one node to the next at one step of their paths.</summary>
/// <param name="Step">The position of <paramref name="From"/> in the path: 0 for <see cref="PathNodes.Start"/>, 1 for the first visit.</param>
/// <param name="From">The node left: a touchpoint id or a synthetic node.</param>
/// <param name="To">The node entered next, or <see cref="PathNodes.End"/>.</param>
/// <param name="Count">The number of customers making this move at this step.</param>
public sealed record StepTransition(int Step, string From, string To, long Count);
