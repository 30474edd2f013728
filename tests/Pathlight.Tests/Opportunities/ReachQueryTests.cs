using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Support;

namespace Pathlight.Tests.Opportunities;

/// <summary>The reach counts on <see cref="HandMadeSupportStore"/>, worked out from its facts.</summary>
public sealed class ReachQueryTests(HandMadeSupportStore hand) : IClassFixture<HandMadeSupportStore>
{
    [Fact]
    public void ReachCountsDistinctCustomersOverInteractionsAndResponses()
    {
        var reach = hand.Store.GetReach(hand.Journey, FactFilter.All);

        // a: interactions of c1–c7 (the anonymous one not counted) and c3's response there; b: c6 and c8.
        Assert.Equal(7, reach.Of("a"));
        Assert.Equal(2, reach.Of("b"));
        Assert.Equal(0, reach.Of("nowhere"));

        // Interactions c1–c8, relationship answers c1–c5, cases c1, c2, c3, c8 and c9: nine customers; outcomes are not visits.
        Assert.Equal(9, reach.Customers);
    }

    [Fact]
    public void ReachFollowsTheFilter()
    {
        var reach = hand.Store.GetReach(hand.Journey, FactFilter.Parse(null, "2025-03-01", []));

        // Before the end of day 0: a's interactions of c1–c6 and c2's relationship answer at 01:00.
        Assert.Equal(6, reach.Of("a"));
        Assert.Equal(0, reach.Of("b"));
        Assert.Equal(6, reach.Customers);
    }
}
