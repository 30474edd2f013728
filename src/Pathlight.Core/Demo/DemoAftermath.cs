namespace Pathlight.Demo;

/// <summary>
/// How it all adds up for a customer: an overall feeling built from every gap between expectation and
/// reality they met, weighted so the stock-out hurts most, then the store enquiry; the relationship survey
/// that reports it; and the outcomes weeks later, churn for the unhappy and repeat purchases for happy owners.
/// </summary>
internal static class DemoAftermath
{
    private static readonly double[] Accessories = [29, 49, 79, 129, 249];

    public static void Conclude(Random rng, DemoCustomer customer)
    {
        var overall = Overall(customer);
        var surveyAt = DemoVisits.ToSecond(
            DemoCustomer.Max(DemoScenario.LaunchDate.AddDays(21), customer.LastEvent.AddDays(1)).AddDays(rng.Uniform(0, 10)));
        customer.Relationship = DemoSurvey.AboutRelationship(rng, customer, surveyAt, overall);

        var settled = customer.LastEvent.AddDays(7);
        var outOfStockCase = customer.Cases.Exists(c => c.CauseTouchpointId == DemoTouchpoints.OutOfStock);
        var unresolved = customer.Cases.Exists(c => c.Resolved is null);
        var churn = 0.03 + (0.035 * Math.Max(0, 7 - overall))
            + (outOfStockCase ? 0.08 : 0) + (unresolved ? 0.12 : 0) + (customer.IsExisting ? 0 : 0.02);
        var churned = rng.Chance(churn);
        if (churned)
        {
            customer.Outcomes.Add(new DemoOutcome("churned", Later(rng, settled, 45, 120), null));
        }

        var repeat = Math.Min(0.45, 0.06 + (0.06 * Math.Max(0, overall - 6)));
        if (!churned && customer.OwnsProduct && rng.Chance(repeat))
        {
            customer.Outcomes.Add(new DemoOutcome("repeat_purchase", Later(rng, settled, 30, 120), rng.Pick(Accessories)));
        }
    }

    /// <summary>The customer's overall feeling on 0–10 before survey noise.</summary>
    public static double Overall(DemoCustomer customer)
    {
        var overall = 7.5 + customer.Mood + (customer.OwnsProduct ? 0.6 : 0);
        foreach (var visit in customer.Visits)
        {
            overall += Weight(visit.TouchpointId) * visit.Gap;
        }

        foreach (var supportCase in customer.Cases)
        {
            overall -= supportCase.Resolved is null ? 1.0 : supportCase.Reopened ? 0.5 : 0;
        }

        return overall;
    }

    private static double Weight(string touchpointId) => touchpointId switch
    {
        DemoTouchpoints.ProductNews => 0.15,
        DemoTouchpoints.StoreEnquiry => 0.40,
        DemoTouchpoints.CallCentreEnquiry => 0.25,
        DemoTouchpoints.LaunchMarketing => 0.30,
        DemoTouchpoints.LaunchPurchase => 0.35,
        DemoTouchpoints.OutOfStock => 0.75,
        _ => 0.35,
    };

    private static DateTime Later(Random rng, DateTime notBefore, double fromDay, double toDay)
    {
        var launch = DemoScenario.LaunchDate;
        var from = DemoCustomer.Max(launch.AddDays(fromDay), notBefore);
        var to = DemoCustomer.Max(launch.AddDays(toDay), from.AddDays(14));
        return DemoVisits.ToSecond(from + ((to - from) * rng.NextDouble()));
    }
}
