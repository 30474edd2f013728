namespace Pathlight.Opportunities;

/// <summary>One improvement opportunity: a touchpoint, what acting on it is worth, the evidence and a statement for its owner.</summary>
/// <param name="Rank">1 for the highest priority.</param>
/// <param name="TouchpointId">The touchpoint.</param>
/// <param name="Name">The touchpoint's name.</param>
/// <param name="StageId">Its stage.</param>
/// <param name="StageName">Its stage's name.</param>
/// <param name="Owner">The team that owns it, if named.</param>
/// <param name="Priority">Loyalty term + support term: a share of the journey's customers (0–1 or so).</param>
/// <param name="LoyaltyTerm">Importance share × shortfall / 10 × reach.</param>
/// <param name="SupportTerm">Share of the journey's customers with a case the touchpoint caused.</param>
/// <param name="Evidence">The figures behind it.</param>
/// <param name="Statement">One line for the owning team, written as an opportunity.</param>
public sealed record Opportunity(
    int Rank,
    string TouchpointId,
    string Name,
    string StageId,
    string StageName,
    string? Owner,
    double Priority,
    double LoyaltyTerm,
    double SupportTerm,
    OpportunityEvidence Evidence,
    string Statement);
