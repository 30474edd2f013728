using Pathlight.Journeys;
using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>Turns the store's support counts into the support-experience figures with their intervals.</summary>
public static class SupportReportBuilder
{
    /// <summary>The name of the row for cases that name no causing touchpoint.</summary>
    public const string UnattributedName = "No touchpoint given";

    /// <summary>The name of the row for all cases together.</summary>
    public const string OverallName = "All touchpoints";

    /// <summary>Builds the report: touchpoints in journey order, unknown touchpoint ids after them, then cases without one.</summary>
    /// <param name="journey">The journey the counts belong to.</param>
    /// <param name="data">What the store counted.</param>
    /// <param name="from">The filter's lower bound, reported as given.</param>
    /// <param name="to">The filter's upper bound, reported as given.</param>
    public static SupportReport Build(Journey journey, SupportData data, DateTime? from, DateTime? to)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<SupportRow>();
        foreach (var touchpoint in journey.Touchpoints)
        {
            if (data.Touchpoints.TryGetValue(touchpoint.Id, out var counts))
            {
                rows.Add(Row(touchpoint.Id, touchpoint.Name, touchpoint.Owner, counts));
            }
        }

        foreach (var (id, counts) in data.Touchpoints.Where(t => journey.FindTouchpoint(t.Key) is null).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            rows.Add(Row(id, id, null, counts));
        }

        if (data.Unattributed is { } unattributed)
        {
            rows.Add(Row(null, UnattributedName, null, unattributed));
        }

        return new SupportReport(journey.Id, journey.Name, from, to, data.ObservedUntil, rows, Row(null, OverallName, null, data.Overall));
    }

    /// <summary>The figures of one group of cases.</summary>
    public static SupportRow Row(string? touchpointId, string name, string? owner, SupportCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var resolved = counts.RecoveryHours.Values.Sum();
        var churn = new ChurnComparison(
            WilsonInterval.Percent(counts.ChurnWithCase.Yes, counts.ChurnWithCase.N),
            WilsonInterval.Percent(counts.ChurnWithout.Yes, counts.ChurnWithout.N),
            NewcombeInterval.Difference(counts.ChurnWithCase.Yes, counts.ChurnWithCase.N, counts.ChurnWithout.Yes, counts.ChurnWithout.N),
            counts.ChurnPendingWithCase,
            counts.ChurnPendingWithout);
        var nps = new NpsComparison(counts.NpsWithCase.Nps, counts.NpsWithout.Nps, NpsDifference.Of(counts.NpsWithCase, counts.NpsWithout));
        return new SupportRow(
            touchpointId,
            name,
            owner,
            counts.Cases,
            counts.Customers,
            counts.Contacts,
            counts.Interactions,
            PoissonRateInterval.PerThousand(counts.Cases, counts.Interactions),
            resolved,
            counts.Open,
            MedianInterval.Of(counts.RecoveryHours),
            QuantileInterval.Of(counts.RecoveryHours, SupportDefinitions.RecoveryQuantile),
            WilsonInterval.Percent(counts.FirstContact.Yes, counts.FirstContact.N),
            WilsonInterval.Percent(counts.Reopened.Yes, counts.Reopened.N),
            churn,
            nps);
    }
}
