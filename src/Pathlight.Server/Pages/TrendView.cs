using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Server.Pages;

/// <summary>The trends page's data: the period length and one line per touchpoint, the whole journey and the relationship survey.</summary>
/// <param name="Period">Week or month.</param>
/// <param name="Automatic">Whether the period was chosen from the span of the data rather than asked for.</param>
/// <param name="Journey">All touchpoints pooled: gaps pooled as on the scorecard, NPS over all touchpoint responses.</param>
/// <param name="Relationship">Relationship responses (no touchpoint): NPS only.</param>
/// <param name="Touchpoints">One line per touchpoint in journey order.</param>
public sealed record TrendView(TrendPeriod Period, bool Automatic, TrendLine Journey, TrendLine Relationship, IReadOnlyList<TrendLine> Touchpoints)
{
    public static TrendView Build(Journey journey, IReadOnlyList<PeriodStatistics> periods, TrendPeriod period, bool automatic)
    {
        var starts = periods.Count == 0 ? [] : TrendPeriods.Between(periods[0].Start, periods[^1].Start, period);
        var byKey = periods.ToDictionary(p => (p.Start, p.TouchpointId ?? ""), p => p.Statistics);
        ResponseStatistics At(DateTime start, string? touchpoint) =>
            byKey.TryGetValue((start, touchpoint ?? ""), out var s) ? s : new ResponseStatistics();

        var touchpoints = journey.Touchpoints
            .Select(t => new TrendLine(t.Id, t.Name, t.Intentional, starts
                .Select(start => Point(start, period, At(start, t.Id), ExpectationGap.Of(At(start, t.Id), t.ExpectedScore)))
                .ToList()))
            .ToList();

        var pooled = starts.Select(start =>
        {
            var merged = new ResponseStatistics();
            foreach (var t in journey.Touchpoints) merged.Merge(At(start, t.Id));
            var gap = ExpectationGap.Pool(journey.Touchpoints.Select(t => ExpectationGap.Of(At(start, t.Id), t.ExpectedScore)));
            return Point(start, period, merged, gap);
        }).ToList();

        var relationship = starts.Select(start => Point(start, period, At(start, null), null)).ToList();
        return new TrendView(period, automatic,
            new TrendLine("journey", "All touchpoints", true, pooled),
            new TrendLine("relationship", "Relationship survey", true, relationship),
            touchpoints);
    }

    private static TrendPoint Point(DateTime start, TrendPeriod period, ResponseStatistics statistics, ExpectationGap? gap) =>
        new(start, Format.Period(start, period), gap?.Measure, MeanInterval.Of(statistics.Score),
            PerceptionMetrics.Nps(statistics.Nps), statistics.Responses);
}
