namespace Pathlight.Server.Pages.Drivers;

/// <summary>One driver in the quadrant chart's data.</summary>
public sealed record DriverPoint(string Touchpoint, string Name, double Importance, double Share, double Performance, string Quadrant, double R, long N);
