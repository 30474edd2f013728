using Pathlight.Facts;
using Pathlight.Metrics;

namespace Pathlight.Tests.Storage;

/// <summary>
/// The store's per-period statistics (date_trunc in SQL) must equal the ones computed in memory, response by
/// response, with <see cref="TrendPeriods.StartOf"/> and <see cref="ResponseStatistics.Add"/>.
/// </summary>
public sealed class TrendQueriesTests(RandomFactsStore store) : IClassFixture<RandomFactsStore>
{
    public static TheoryData<TrendPeriod, string, bool> Cases => new(
        from c in new[]
        {
            (TrendPeriod.Week, "none"), (TrendPeriod.Month, "none"), (TrendPeriod.Week, "from and to"),
            (TrendPeriod.Month, "region"), (TrendPeriod.Week, "all together"),
        }
        from rawFacts in new[] { false, true }
        select (c.Item1, c.Item2, rawFacts));

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrendStatisticsEqualTheInMemoryComputation(TrendPeriod period, string filterName, bool rawFacts)
    {
        var filter = FilterNamed(filterName);

        var actual = store.Db.GetTrend(store.Journey, filter, period, rawFacts);

        var expected = InMemoryStatistics.Trend(store.Facts.Responses, filter, period);
        Assert.Equal(expected.Select(p => (p.Start, p.TouchpointId)), actual.Select(p => (p.Start, p.TouchpointId)));
        Assert.All(actual, p => Assert.Equal(DateTimeKind.Utc, p.Start.Kind));
        foreach (var (group, periodStatistics) in expected.Zip(actual))
        {
            StatisticsAssert.Equal(group.Statistics, periodStatistics.Statistics, $"{(group.Start, group.TouchpointId)}");
        }
    }

    [Fact]
    public void PeriodsAddUpToTheWholeFilter()
    {
        var filter = FilterNamed("from and to");
        var whole = store.Db.GetStatistics(store.Journey, filter);

        var trend = store.Db.GetTrend(store.Journey, filter, TrendPeriod.Week);

        // March and April 2025 reach into 10 ISO weeks (24 Feb … 28 Apr), each with responses at several touchpoints.
        Assert.Equal(10, trend.Select(p => p.Start).Distinct().Count());
        foreach (var (touchpoint, statistics) in whole.Responses)
        {
            var summed = new ResponseStatistics();
            foreach (var p in trend.Where(p => p.TouchpointId == touchpoint)) summed.Merge(p.Statistics);
            StatisticsAssert.Equal(statistics, summed, touchpoint);
        }
    }

    [Fact]
    public void WholeStatisticsCarryTheStatedExpectation()
    {
        var statistics = store.Db.GetStatistics(store.Journey, FactFilter.All);

        var expected = new ResponseStatistics();
        foreach (var response in store.Facts.Responses.Where(r => r.TouchpointId == "store-enquiry")) expected.Add(response);
        Assert.True(expected.Expectation.N > 100);
        Assert.Equal(expected.Expectation, statistics.ResponsesOf("store-enquiry").Expectation);
    }

    private static FactFilter FilterNamed(string name) => name switch
    {
        "none" => FactFilter.All,
        "from and to" => new FactFilter(RandomFacts.From, RandomFacts.To, []),
        "region" => new FactFilter(null, null, [new("region", "north")]),
        "all together" => new FactFilter(RandomFacts.From, RandomFacts.To, [new("region", "east"), new("customer_type", "returning")]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

}
