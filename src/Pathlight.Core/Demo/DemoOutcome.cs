namespace Pathlight.Demo;

/// <summary>An outcome weeks after launch: churned or repeat_purchase.</summary>
internal sealed record DemoOutcome(string Kind, DateTime At, double? Value);
