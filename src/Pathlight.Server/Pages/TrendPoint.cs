using Pathlight.Statistics;

namespace Pathlight.Server.Pages;

/// <summary>One period of a trend line.</summary>
/// <param name="Start">The period's first day (UTC).</param>
/// <param name="Label">The period for people ("Week of 2026-03-02").</param>
/// <param name="Gap">The expectation gap in the period with its t interval, or null.</param>
/// <param name="Score">The mean touchpoint score (0–10) with its t interval, or null.</param>
/// <param name="Nps">NPS with its adjusted-Wald interval, or null.</param>
/// <param name="Responses">Responses given in the period.</param>
public sealed record TrendPoint(DateTime Start, string Label, Measure? Gap, Measure? Score, Measure? Nps, long Responses);
