using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>The support experience of the cases one touchpoint caused (or of all cases, for the journey).</summary>
/// <param name="TouchpointId">The causing touchpoint, or null for cases that name none and for the whole journey.</param>
/// <param name="Name">Display name.</param>
/// <param name="Owner">The touchpoint's owner, if named.</param>
/// <param name="Cases">Cases opened in the filter.</param>
/// <param name="Customers">Distinct customers with a case.</param>
/// <param name="Contacts">Support contacts the cases took.</param>
/// <param name="Interactions">Interactions at the touchpoint in the filter.</param>
/// <param name="CasesPerThousand">Cases per 1,000 interactions, exact Poisson interval; n = interactions.</param>
/// <param name="Resolved">Resolved cases.</param>
/// <param name="Open">Cases not yet resolved.</param>
/// <param name="RecoveryMedianHours">Median time to recover in hours, order-statistic interval; n = resolved cases.</param>
/// <param name="RecoveryP90Hours">90th percentile time to recover in hours, order-statistic interval.</param>
/// <param name="FirstContactResolution">Percent resolved at the first contact, Wilson interval.</param>
/// <param name="Reopen">Percent reopened, Wilson interval.</param>
/// <param name="Churn">Churn within 90 days with against without a case.</param>
/// <param name="Nps">NPS after support against without.</param>
public sealed record SupportRow(
    string? TouchpointId,
    string Name,
    string? Owner,
    long Cases,
    long Customers,
    long Contacts,
    long Interactions,
    Measure? CasesPerThousand,
    long Resolved,
    long Open,
    Measure? RecoveryMedianHours,
    Measure? RecoveryP90Hours,
    Measure? FirstContactResolution,
    Measure? Reopen,
    ChurnComparison Churn,
    NpsComparison Nps);
