using Pathlight.Drivers;
using Pathlight.Journeys;
using Pathlight.Scorecards;
using Pathlight.Support;

namespace Pathlight.Opportunities;

/// <summary>
/// Builds the opportunity backlog from figures other reports already computed: each touchpoint's gap, light and KPI from
/// the scorecard, its importance from the would-recommend key-driver analysis, its support demand from the support report
/// and its reach from the store's customer counts. Nothing is measured a second way here.
/// </summary>
public static class OpportunityBuilder
{
    /// <summary>The note on a touchpoint when the driver analysis has no model at all.</summary>
    public const string NoModel = "no driver model: too few customers with a touchpoint score and a would-recommend answer";

    /// <summary>Builds the report.</summary>
    /// <param name="journey">The journey.</param>
    /// <param name="scorecard">Its scorecard under the filter.</param>
    /// <param name="drivers">Its key drivers of would-recommend under the filter.</param>
    /// <param name="support">Its support report under the filter.</param>
    /// <param name="reach">Its customer counts under the filter.</param>
    public static OpportunityReport Build(Journey journey, Scorecard scorecard, DriverReport drivers, SupportReport support, OpportunityReach reach)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(support);
        ArgumentNullException.ThrowIfNull(reach);
        var stages = journey.Stages.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var inputs = new List<OpportunityInput>(journey.Touchpoints.Count);
        var journeyHarm = support.Overall.Nps.Difference;
        foreach (var touchpoint in journey.Touchpoints)
        {
            var card = scorecard.Touchpoints.First(c => c.Id == touchpoint.Id);
            var row = support.Find(touchpoint.Id);
            inputs.Add(new OpportunityInput(
                touchpoint,
                stages.GetValueOrDefault(touchpoint.StageId, touchpoint.StageId),
                card.Perception.Gap,
                card.Perception.Light,
                card.Kpi,
                Importance(touchpoint, drivers),
                reach.Of(touchpoint.Id),
                row?.Cases ?? 0,
                row?.Customers ?? 0,
                row?.CasesPerThousand,
                SupportHarm.Of(row?.Nps.Difference, journeyHarm)));
        }

        return new OpportunityReport(journey.Id, journey.Name, scorecard.From, scorecard.To, reach.Customers, drivers.R2,
            OpportunityRanking.Rank(inputs, reach.Customers));
    }

    private static TouchpointImportance Importance(Touchpoint touchpoint, DriverReport drivers)
    {
        if (drivers.Drivers.FirstOrDefault(d => d.TouchpointId == touchpoint.Id) is { } driver)
        {
            return new TouchpointImportance(driver.Share, driver.Importance, driver.R, driver.RLow, driver.RHigh, driver.N, null);
        }

        if (drivers.Excluded.FirstOrDefault(d => d.TouchpointId == touchpoint.Id) is { } excluded)
        {
            return TouchpointImportance.None(excluded.N, drivers.R2 is null ? $"{NoModel} ({excluded.Reason})" : excluded.Reason);
        }

        return TouchpointImportance.None(0, drivers.R2 is null ? NoModel : "not in the driver model");
    }
}
