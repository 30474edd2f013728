namespace Pathlight.Server.Api;

/// <summary>The moments analysis's options as query parameters, the same as the CLI's.</summary>
/// <param name="Outcome">nps (default), recommend or return.</param>
/// <param name="From">Only responses at or after this date (2026-03-01) or timestamp.</param>
/// <param name="To">Only responses before the end of this date, or before this timestamp.</param>
/// <param name="Where">attribute=value conditions; repeat the parameter to combine them.</param>
public sealed record MomentsQuery(string? Outcome, string? From, string? To, string[]? Where);
