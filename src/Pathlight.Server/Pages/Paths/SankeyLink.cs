namespace Pathlight.Server.Pages.Paths;

/// <summary>Customers moving from one node of the flow diagram to the next.</summary>
public sealed record SankeyLink(string Source, string Target, long Value);
