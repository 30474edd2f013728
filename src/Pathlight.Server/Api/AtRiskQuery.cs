using Microsoft.AspNetCore.Mvc;

namespace Pathlight.Server.Api;

/// <summary>The at-risk list's query parameters, the same as the CLI's options.</summary>
/// <param name="Days">How many days before the as-of time to look back (default 30).</param>
/// <param name="AsOf">now, a date or a timestamp; by default the journey's latest contact.</param>
public sealed record AtRiskQuery(int? Days, [FromQuery(Name = "as_of")] string? AsOf);
