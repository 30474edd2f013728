using Microsoft.AspNetCore.Mvc;

namespace Pathlight.Server.Pages.AtRisk;

/// <summary>The at-risk page's form as query parameters; read leniently so a typo shows a message, not a 400.</summary>
/// <param name="Days">How many days to look back.</param>
/// <param name="AsOf">now, a date or a timestamp; blank for the latest contact.</param>
public sealed record AtRiskPageQuery(string? Days, [FromQuery(Name = "as_of")] string? AsOf);
