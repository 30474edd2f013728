using Pathlight.Facts;

namespace Pathlight.AtRisk;

/// <summary>
/// What the store hands the at-risk rules: the candidate facts of identified customers (the rules decide which
/// count), who had churned by the as-of time, and each candidate's latest contact.
/// </summary>
/// <param name="Responses">Responses in the window with a score or likelihood to recommend of 6 or less.</param>
/// <param name="Cases">Cases open at the as-of time, and reopened cases resolved within the window.</param>
/// <param name="Churned">Customers with a <c>churned</c> outcome at or before the as-of time.</param>
/// <param name="LastContact">Each candidate customer's latest interaction, response, case opening or resolution up to the as-of time.</param>
public sealed record AtRiskFacts(
    IReadOnlyList<ResponseFact> Responses,
    IReadOnlyList<CaseFact> Cases,
    IReadOnlySet<string> Churned,
    IReadOnlyDictionary<string, DateTime> LastContact);
