namespace Pathlight.Server.Pages;

/// <summary>A touchpoint's (or the whole journey's) figures period by period.</summary>
/// <param name="Id">Touchpoint id, or "journey" / "relationship".</param>
/// <param name="Name">Display name.</param>
/// <param name="Intentional">False for an unplanned touchpoint.</param>
/// <param name="Points">One point per period, empty periods included (with null measures).</param>
public sealed record TrendLine(string Id, string Name, bool Intentional, IReadOnlyList<TrendPoint> Points);
