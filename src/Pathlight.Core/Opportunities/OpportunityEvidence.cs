using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Opportunities;

/// <summary>The figures behind an opportunity, each with its n and 95% interval where it has one.</summary>
/// <param name="Gap">The expectation gap (0–10), t interval; null without answers.</param>
/// <param name="Light">The gap's light.</param>
/// <param name="Shortfall">max(0, −gap) with the gap's interval negated and clamped at 0; null without a gap.</param>
/// <param name="ShortfallCounted">Whether the shortfall enters the loyalty term (false when the light is grey: too few answers).</param>
/// <param name="Importance">Its importance for would-recommend, with r.</param>
/// <param name="Reach">Percent of the journey's customers who passed the touchpoint, Wilson interval; n = the journey's customers.</param>
/// <param name="ReachCustomers">Customers who passed the touchpoint.</param>
/// <param name="Kpi">The operational KPI against its target, if any.</param>
/// <param name="KpiShortfall">The KPI's relative shortfall, max(0, miss) / |target| (0–1), when it has a value and a non-zero target.</param>
/// <param name="CasesPerThousand">Support cases per 1,000 interactions there, exact Poisson interval; n = interactions.</param>
/// <param name="Cases">Support cases the touchpoint caused.</param>
/// <param name="CaseCustomers">Customers with such a case.</param>
/// <param name="Harm">The NPS drop after a case that weighs the support term.</param>
/// <param name="CaseShare">Percent of the journey's customers with such a case, Wilson interval.</param>
public sealed record OpportunityEvidence(
    Measure? Gap,
    Light Light,
    Measure? Shortfall,
    bool ShortfallCounted,
    TouchpointImportance Importance,
    Measure? Reach,
    long ReachCustomers,
    KpiResult? Kpi,
    double? KpiShortfall,
    Measure? CasesPerThousand,
    long Cases,
    long CaseCustomers,
    Measure? CaseShare,
    SupportHarm Harm);
