using Pathlight.Metrics;

namespace Pathlight.Scorecards;

/// <summary>One touchpoint's line on the scorecard.</summary>
/// <param name="Id">Touchpoint id.</param>
/// <param name="Name">Display name.</param>
/// <param name="StageId">The stage it belongs to.</param>
/// <param name="Channel">Its channel.</param>
/// <param name="Owner">Its owner, if named.</param>
/// <param name="Intentional">False for contacts the company does not plan.</param>
/// <param name="ExpectedScore">The journey file's expected score, if given.</param>
/// <param name="Perception">Its perception metrics and light.</param>
/// <param name="Kpi">Its operational KPI against target, or null when it has none.</param>
public sealed record TouchpointCard(
    string Id,
    string Name,
    string StageId,
    string Channel,
    string? Owner,
    bool Intentional,
    double? ExpectedScore,
    PerceptionCard Perception,
    KpiResult? Kpi);
