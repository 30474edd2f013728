namespace Pathlight.Server.Api;

/// <summary>The scorecard's filters as query parameters, the same as the CLI's options.</summary>
/// <param name="From">Only facts at or after this date (2026-03-01) or timestamp.</param>
/// <param name="To">Only facts before the end of this date, or before this timestamp.</param>
/// <param name="Where">attribute=value conditions; repeat the parameter to combine them.</param>
public sealed record ScorecardQuery(string? From, string? To, string[]? Where);
