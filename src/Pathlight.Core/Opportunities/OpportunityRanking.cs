using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Opportunities;

/// <summary>
/// The priority formula. Per touchpoint: shortfall = max(0, −gap) on 0–10; reach = customers who passed it / the
/// journey's customers; loyalty term = importance share × shortfall / 10 × reach; support term = customers with a case
/// it caused / the journey's customers × the harm a case does (how far, as a share of NPS's 200-point range, customers
/// after such a case rate us below comparable customers without one); priority = loyalty term + support term. Both
/// terms are shares of the journey's customers let down, weighted by how much it costs in loyalty, so they add up.
/// </summary>
public static class OpportunityRanking
{
    /// <summary>The touchpoints with a priority above 0, highest first (ties in journey order), ranked from 1.</summary>
    /// <param name="inputs">The touchpoints' figures, in journey order.</param>
    /// <param name="journeyCustomers">The journey's distinct customers under the filter.</param>
    public static IReadOnlyList<Opportunity> Rank(IEnumerable<OpportunityInput> inputs, long journeyCustomers)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(journeyCustomers);
        return inputs
            .Select(input => Score(input, journeyCustomers))
            .Where(o => o.Priority > 0)
            .OrderByDescending(o => o.Priority)
            .ThenBy(o => o.Order)
            .Select((o, i) => o.Opportunity with { Rank = i + 1 })
            .ToList();
    }

    /// <summary>max(0, −gap), its interval the gap's negated and clamped at 0; null without a gap.</summary>
    /// <param name="gap">The expectation gap.</param>
    public static Measure? Shortfall(Measure? gap) => gap is null
        ? null
        : new Measure(Math.Max(0, -gap.Value), gap.High is { } high ? Math.Max(0, -high) : null,
            gap.Low is { } low ? Math.Max(0, -low) : null, gap.N);

    /// <summary>How far a KPI misses its target relative to the target (0 when it meets it); null without a value or with a zero target.</summary>
    /// <param name="kpi">The KPI result.</param>
    public static double? KpiShortfall(KpiResult? kpi)
    {
        if (kpi?.Value is not { } value || kpi.Target == 0) return null;
        var miss = kpi.HigherIsBetter ? kpi.Target - value.Value : value.Value - kpi.Target;
        return Math.Max(0, miss) / Math.Abs(kpi.Target);
    }

    private static (Opportunity Opportunity, double Priority, int Order) Score(OpportunityInput input, long journeyCustomers)
    {
        var shortfall = Shortfall(input.Gap);
        var counted = shortfall is not null && input.Light != Light.Grey;
        var reach = journeyCustomers == 0 ? 0 : (double)Math.Min(input.Customers, journeyCustomers) / journeyCustomers;
        var loyalty = counted ? input.Importance.Share * (shortfall!.Value / 10) * reach : 0;
        var caseShare = journeyCustomers == 0 ? 0 : (double)Math.Min(input.CaseCustomers, journeyCustomers) / journeyCustomers;
        var support = caseShare * input.Harm.Weight;
        var evidence = new OpportunityEvidence(
            input.Gap,
            input.Light,
            shortfall,
            counted,
            input.Importance,
            WilsonInterval.Percent(Math.Min(input.Customers, journeyCustomers), journeyCustomers),
            input.Customers,
            input.Kpi,
            KpiShortfall(input.Kpi),
            input.CasesPerThousand,
            input.Cases,
            input.CaseCustomers,
            WilsonInterval.Percent(Math.Min(input.CaseCustomers, journeyCustomers), journeyCustomers),
            input.Harm);
        var touchpoint = input.Touchpoint;
        var opportunity = new Opportunity(0, touchpoint.Id, touchpoint.Name, touchpoint.StageId, input.StageName, touchpoint.Owner,
            loyalty + support, loyalty, support, evidence, "");
        return (opportunity with { Statement = OpportunityStatement.Of(opportunity) }, loyalty + support, touchpoint.Order);
    }
}
