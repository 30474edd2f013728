namespace Pathlight.Server.Pages.Opportunities;

/// <summary>One opportunity in the priority chart's data: its two terms in percent of the journey's customers.</summary>
public sealed record PriorityBar(string Touchpoint, string Name, string? Owner, double Loyalty, double Support, double Priority);
