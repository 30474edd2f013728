namespace Pathlight.Server.Pages;

/// <summary>The dashboard's filter form as query parameters, the same as the scorecard API's plus the trend period.</summary>
/// <param name="From">Only facts at or after this date (2026-03-01).</param>
/// <param name="To">Only facts up to the end of this date.</param>
/// <param name="Where">attribute=value conditions; empty ones (a segment left at "all") are ignored.</param>
/// <param name="Period">Trend periods: week, month, or auto (by the span shown).</param>
public sealed record DashboardQuery(string? From, string? To, string[]? Where, string? Period);
