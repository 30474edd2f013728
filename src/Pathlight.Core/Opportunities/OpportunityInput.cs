using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Opportunities;

/// <summary>What the ranking needs to know about one touchpoint, gathered from the scorecard, drivers, support and reach.</summary>
/// <param name="Touchpoint">The touchpoint.</param>
/// <param name="StageName">The name of its stage.</param>
/// <param name="Gap">Its expectation gap (reality − expectation, 0–10) with its t interval, or null without answers.</param>
/// <param name="Light">The gap's light; grey means too few answers for the gap to count.</param>
/// <param name="Kpi">Its operational KPI against target, if it has one.</param>
/// <param name="Importance">Its importance for would-recommend.</param>
/// <param name="Customers">Distinct customers who passed it (an interaction or a response there).</param>
/// <param name="Cases">Support cases it caused.</param>
/// <param name="CaseCustomers">Distinct customers with a case it caused.</param>
/// <param name="Harm">How much lower customers rate us after a case it caused than comparable customers without one.</param>
/// <param name="CasesPerThousand">Cases per 1,000 interactions there with its exact Poisson interval, or null without interactions.</param>
public sealed record OpportunityInput(
    Touchpoint Touchpoint,
    string StageName,
    Measure? Gap,
    Light Light,
    KpiResult? Kpi,
    TouchpointImportance Importance,
    long Customers,
    long Cases,
    long CaseCustomers,
    Measure? CasesPerThousand,
    SupportHarm Harm);
