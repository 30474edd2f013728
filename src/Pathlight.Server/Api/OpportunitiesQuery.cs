namespace Pathlight.Server.Api;

/// <summary>The opportunity backlog's query parameters, the same as <c>pathlight opportunities</c>'s options.</summary>
/// <param name="From">Only facts at or after this date (2026-03-01) or timestamp.</param>
/// <param name="To">Only facts before the end of this date, or before this timestamp.</param>
/// <param name="Where">attribute=value conditions; repeat the parameter to combine them.</param>
/// <param name="Format">json (default) or csv; <c>Accept: text/csv</c> also asks for CSV.</param>
public sealed record OpportunitiesQuery(string? From, string? To, string[]? Where, string? Format);
