using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Tests.Storage;

/// <summary>
/// The statistics the store computes in SQL must equal the ones computed in memory, fact by fact, with
/// <see cref="ResponseStatistics.Add"/> and <see cref="InteractionStatistics.Add"/> over the same facts.
/// </summary>
public sealed class StatisticsQueriesTests(RandomFactsStore store) : IClassFixture<RandomFactsStore>
{
    public static TheoryData<string, bool> Filters => new(
        from name in new[] { "none", "from", "to", "from and to", "region", "region and type", "all together" }
        from rawFacts in new[] { false, true }
        select (name, rawFacts));

    [Theory]
    [MemberData(nameof(Filters))]
    public void StoreStatisticsEqualTheInMemoryComputation(string name, bool rawFacts)
    {
        var filter = FilterNamed(name);
        Assert.True(store.Db.ReadsAggregates(store.Journey, filter), "the journey's segments and whole days are read from aggregates");

        var actual = store.Db.GetStatistics(store.Journey, filter, rawFacts);

        var expected = InMemory(store.Facts, filter);
        Assert.Equal(expected.Responses.Keys.Order(), actual.Responses.Keys.Order());
        foreach (var (touchpoint, statistics) in expected.Responses)
        {
            StatisticsAssert.Equal(statistics, actual.Responses[touchpoint], touchpoint);
        }

        StatisticsAssert.Equal(expected.Relationship, actual.Relationship, "relationship");
        Assert.Equal(expected.Interactions.Keys.Order(), actual.Interactions.Keys.Order());
        foreach (var (touchpoint, statistics) in expected.Interactions)
        {
            AssertEqual(statistics, actual.Interactions[touchpoint], touchpoint, store.Journey.FindTouchpoint(touchpoint)!.Kpi);
        }
    }

    [Fact]
    public void TheFiltersReallyNarrowTheFacts()
    {
        var all = InMemory(store.Facts, FactFilter.All);
        var narrowed = InMemory(store.Facts, FilterNamed("all together"));

        Assert.True(all.Relationship.Responses > 200, "relationship responses");
        Assert.InRange(narrowed.Responses.Values.Sum(r => r.Responses), 20, all.Responses.Values.Sum(r => r.Responses) / 8);
        Assert.Contains(store.Facts.Responses, r => r.At == RandomFacts.From && Matches(r, FilterNamed("from")));
        Assert.Contains(store.Facts.Responses, r => r.At == RandomFacts.To && !Matches(r, FilterNamed("to")));
        Assert.Contains(all.InteractionsOf("call-centre-enquiry").DurationCounts.Values, count => count > 1);
    }

    [Fact]
    public void OnlyMedianKpisGetAValueHistogram()
    {
        var statistics = store.Db.GetStatistics(store.Journey, FactFilter.All);

        Assert.NotEmpty(statistics.InteractionsOf("call-centre-enquiry").DurationCounts);
        Assert.Empty(statistics.InteractionsOf("store-enquiry").DurationCounts);
        Assert.Empty(statistics.InteractionsOf("store-enquiry").ValueCounts);
    }

    [Fact]
    public void AFilterOnAnUnknownAttributeMatchesNothing()
    {
        var statistics = store.Db.GetStatistics(store.Journey, new FactFilter(null, null, [new("colour", "red")]));

        Assert.Empty(statistics.Responses);
        Assert.Empty(statistics.Interactions);
        Assert.Equal(0, statistics.Relationship.Responses);
    }

    private static FactFilter FilterNamed(string name) => name switch
    {
        "none" => FactFilter.All,
        "from" => new FactFilter(RandomFacts.From, null, []),
        "to" => new FactFilter(null, RandomFacts.To, []),
        "from and to" => new FactFilter(RandomFacts.From, RandomFacts.To, []),
        "region" => new FactFilter(null, null, [new("region", "north")]),
        "region and type" => new FactFilter(null, null, [new("region", "south"), new("customer_type", "new")]),
        "all together" => new FactFilter(RandomFacts.From, RandomFacts.To, [new("region", "east"), new("customer_type", "returning")]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static bool Matches(Fact fact, FactFilter filter) => InMemoryStatistics.Matches(fact, filter);

    private static JourneyStatistics InMemory(RandomFacts facts, FactFilter filter) =>
        InMemoryStatistics.Of(facts.Responses, facts.Interactions, filter);


    private static void AssertEqual(InteractionStatistics expected, InteractionStatistics actual, string touchpoint, KpiDefinition? kpi)
    {
        Assert.True(expected.Count == actual.Count, $"{touchpoint}: {actual.Count} interactions, expected {expected.Count}");
        Assert.Equal(expected.Success, actual.Success);
        Assert.Equal(expected.Duration, actual.Duration);
        Assert.Equal(expected.Value, actual.Value);
        if (kpi is { Kind: KpiKind.Median })
        {
            var (expectedCounts, actualCounts) = kpi.Measure == KpiMeasure.Value
                ? (expected.ValueCounts, actual.ValueCounts)
                : (expected.DurationCounts, actual.DurationCounts);
            Assert.NotEmpty(expectedCounts);
            Assert.Equal(expectedCounts, actualCounts);
        }
    }
}
