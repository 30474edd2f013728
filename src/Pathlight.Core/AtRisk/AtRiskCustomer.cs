namespace Pathlight.AtRisk;

/// <summary>A customer at risk, with every reason found and a score to sort the follow-up list by.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="RiskScore">The sum of the reasons' weights.</param>
/// <param name="Reasons">The reasons, most severe first, then newest first.</param>
/// <param name="LastContact">The customer's latest interaction, response or case event up to the as-of time (UTC).</param>
public sealed record AtRiskCustomer(string CustomerId, int RiskScore, IReadOnlyList<RiskReason> Reasons, DateTime LastContact);
