using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Scorecards;

/// <summary>The customer-perception side of a touchpoint, a stage or the whole journey.</summary>
/// <param name="Light">The expectation-versus-reality light.</param>
/// <param name="Wow">The gap reaches the WOW threshold.</param>
/// <param name="Uncertain">The gap's interval crosses a light boundary.</param>
/// <param name="Gap">The expectation gap with its t interval, or null when there is none.</param>
/// <param name="GapSource">Where the gap comes from, or null when there is none.</param>
/// <param name="Nps">NPS with its adjusted-Wald interval.</param>
/// <param name="Csat">CSAT (% top-two box) with its Wilson interval.</param>
/// <param name="Ces">CES (mean 1–7) with its t interval.</param>
/// <param name="ThreeQuestions">The three final questions.</param>
/// <param name="Responses">Responses counted, whatever they answered.</param>
public sealed record PerceptionCard(
    Light Light,
    bool Wow,
    bool Uncertain,
    Measure? Gap,
    GapSource? GapSource,
    Measure? Nps,
    Measure? Csat,
    Measure? Ces,
    ThreeQuestions ThreeQuestions,
    long Responses);
