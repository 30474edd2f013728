namespace Pathlight.AtRisk;

/// <summary>One fact that puts a customer on the at-risk list.</summary>
/// <param name="Kind">Which rule it meets.</param>
/// <param name="FactId">The response or case id.</param>
/// <param name="TouchpointId">The touchpoint answered, or the case's causing touchpoint; null for a relationship answer.</param>
/// <param name="At">
/// When (UTC): the answer's time; an open case's opening time; a reopened case's resolution time.
/// </param>
/// <param name="Value">
/// The answer's score as a whole number (the touchpoint score for <see cref="RiskReasonKind.RedTouchpoint"/>,
/// the likelihood to recommend for <see cref="RiskReasonKind.Detractor"/>); "open", "open, reopened" or "reopened" for a case.
/// </param>
/// <param name="Weight">What it adds to the risk score (<see cref="AtRiskRules.WeightOf"/>).</param>
public sealed record RiskReason(RiskReasonKind Kind, string FactId, string? TouchpointId, DateTime At, string Value, int Weight);
