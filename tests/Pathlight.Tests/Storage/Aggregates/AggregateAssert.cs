using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>
/// Field-by-field equality of statistics. Counts, histograms and sums of scores must be equal exactly; sums of
/// durations and values (reals, added in another order) within a relative 1e-9.
/// </summary>
internal static class AggregateAssert
{
    public static void Equal(JourneyStatistics expected, JourneyStatistics actual, Journey journey, string context)
    {
        Assert.True(expected.Responses.Keys.Order().SequenceEqual(actual.Responses.Keys.Order()),
            $"{context}: touchpoints with responses {string.Join(",", actual.Responses.Keys.Order())}, expected {string.Join(",", expected.Responses.Keys.Order())}");
        foreach (var (touchpoint, statistics) in expected.Responses)
        {
            StatisticsAssert.Equal(statistics, actual.Responses[touchpoint], $"{context}, {touchpoint}");
        }

        StatisticsAssert.Equal(expected.Relationship, actual.Relationship, $"{context}, relationship");
        Assert.True(expected.Interactions.Keys.Order().SequenceEqual(actual.Interactions.Keys.Order()),
            $"{context}: touchpoints with interactions {string.Join(",", actual.Interactions.Keys.Order())}, expected {string.Join(",", expected.Interactions.Keys.Order())}");
        foreach (var (touchpoint, e) in expected.Interactions)
        {
            var a = actual.Interactions[touchpoint];
            var where = $"{context}, {touchpoint}";
            Assert.True(e.Count == a.Count, $"{where}: {a.Count} interactions, expected {e.Count}");
            Assert.True(e.Success == a.Success, $"{where}: success {a.Success}, expected {e.Success}");
            Close(e.Duration, a.Duration, $"{where}, duration");
            Close(e.Value, a.Value, $"{where}, value");
            var kpi = journey.FindTouchpoint(touchpoint)?.Kpi;
            var median = kpi is { Kind: KpiKind.Median } ? kpi.Measure : (KpiMeasure?)null;
            AssertCounts(median == KpiMeasure.DurationSeconds ? e.DurationCounts : new SortedDictionary<double, long>(), a.DurationCounts, $"{where}, duration counts");
            AssertCounts(median == KpiMeasure.Value ? e.ValueCounts : new SortedDictionary<double, long>(), a.ValueCounts, $"{where}, value counts");
        }
    }

    public static void Equal(IReadOnlyList<PeriodStatistics> expected, IReadOnlyList<PeriodStatistics> actual, string context)
    {
        Assert.True(expected.Select(p => (p.Start, p.TouchpointId)).SequenceEqual(actual.Select(p => (p.Start, p.TouchpointId))),
            $"{context}: periods {string.Join(" ", actual.Select(p => $"{p.Start:yyyy-MM-dd}/{p.TouchpointId}"))}, expected {string.Join(" ", expected.Select(p => $"{p.Start:yyyy-MM-dd}/{p.TouchpointId}"))}");
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(DateTimeKind.Utc, a.Start.Kind);
            StatisticsAssert.Equal(e.Statistics, a.Statistics, $"{context}, {e.Start:yyyy-MM-dd} {e.TouchpointId}");
        }
    }

    public static void Close(Moments expected, Moments actual, string context)
    {
        // sqrt(n · Σx²) bounds Σ|x|, the size of the rounding however much the terms cancel.
        var scale = Math.Max(1, Math.Sqrt(expected.N * expected.SumOfSquares));
        Assert.True(expected.N == actual.N
            && Math.Abs(expected.Sum - actual.Sum) <= 1e-9 * scale
            && Math.Abs(expected.SumOfSquares - actual.SumOfSquares) <= 1e-9 * Math.Max(1, expected.SumOfSquares),
            $"{context}: {actual}, expected {expected}");
    }

    private static void AssertCounts(SortedDictionary<double, long> expected, SortedDictionary<double, long> actual, string context) =>
        Assert.True(expected.SequenceEqual(actual),
            $"{context}: {string.Join(" ", actual.Select(p => $"{p.Key}×{p.Value}"))}, expected {string.Join(" ", expected.Select(p => $"{p.Key}×{p.Value}"))}");
}
