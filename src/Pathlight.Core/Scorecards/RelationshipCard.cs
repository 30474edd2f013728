using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Scorecards;

/// <summary>The relationship survey: responses about the company as a whole, with no touchpoint.</summary>
/// <param name="Nps">Relationship NPS with its adjusted-Wald interval.</param>
/// <param name="ThreeQuestions">The three final questions.</param>
/// <param name="Responses">Relationship responses counted.</param>
public sealed record RelationshipCard(Measure? Nps, ThreeQuestions ThreeQuestions, long Responses);
