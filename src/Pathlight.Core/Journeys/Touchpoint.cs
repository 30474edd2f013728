namespace Pathlight.Journeys;

/// <summary>A contact that can shape a customer's impression, intentional or not.</summary>
/// <param name="Id">Identifier facts refer to.</param>
/// <param name="Name">Display name.</param>
/// <param name="StageId">The stage it belongs to.</param>
/// <param name="Channel">Channel (web, store, phone, media...).</param>
/// <param name="Owner">Team or person who owns it, if named.</param>
/// <param name="Intentional">False for contacts the company does not plan (press coverage, stock-outs).</param>
/// <param name="Purpose">The operational purpose in plain words, if given.</param>
/// <param name="ExpectedScore">The experience level customers expect here on 0–10, if given.</param>
/// <param name="Kpi">The operational KPI that fits its purpose, if any.</param>
/// <param name="Order">Zero-based position in the whole journey.</param>
public sealed record Touchpoint(
    string Id,
    string Name,
    string StageId,
    string Channel,
    string? Owner,
    bool Intentional,
    string? Purpose,
    double? ExpectedScore,
    KpiDefinition? Kpi,
    int Order)
{
    /// <summary>
    /// True for a touchpoint where customers get help after the planned journey failed (journey file:
    /// <c>support: true</c>). Path analysis counts a visit here as a detour into support, not as a planned step.
    /// </summary>
    public bool Support { get; init; }
}
