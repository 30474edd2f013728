namespace Pathlight.Server.Api;

/// <summary>The key-driver analysis's query parameters, the same as <c>pathlight drivers</c>'s options.</summary>
/// <param name="Outcome">recommend (default), return, nps or churn.</param>
/// <param name="From">Only facts at or after this date (2026-03-01) or timestamp.</param>
/// <param name="To">Only facts before the end of this date, or before this timestamp.</param>
/// <param name="Where">attribute=value conditions; repeat the parameter to combine them.</param>
public sealed record DriversQuery(string? Outcome, string? From, string? To, string[]? Where);
