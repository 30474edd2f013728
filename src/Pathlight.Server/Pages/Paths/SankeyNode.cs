namespace Pathlight.Server.Pages.Paths;

/// <summary>A node of the path flow diagram: one touchpoint at one step, or start, end, or "more steps".</summary>
/// <param name="Name">Unique key ECharts links refer to: "(start)", "(end)", "(more)" or "STEP:NODE".</param>
/// <param name="Label">What people read: the touchpoint's name.</param>
/// <param name="Depth">The column: the step (start 0, end and "more" after the last step).</param>
/// <param name="Kind">planned, unintentional, support, start, end or more, for its colour.</param>
/// <param name="Step">The step of a touchpoint node, else null.</param>
public sealed record SankeyNode(string Name, string Label, int Depth, string Kind, int? Step);
