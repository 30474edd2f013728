using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Identity;

namespace Pathlight.Tests.Drivers;

/// <summary>What the store puts into a driver sample: stitched customers, mean scores, the latest outcome.</summary>
public sealed class DriverStoreTests
{
    private const string Header = "id,touchpoint,timestamp,customer_id,email,nps\n";

    [Fact]
    public void AStitchedCustomersAnswersAtATouchpointAreAveragedAndTheirLatestOutcomeCounts()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,C1,ann@example.com,9
            r2,web,2025-01-02,,ann@example.com,6
            r3,store,2025-01-02,C1,,4
            r4,,2025-01-03,,ann@example.com,10
            r5,,2025-01-02,C1,,2
            r6,web,2025-01-04,C2,,3
            r7,,2025-01-04,C3,,8
            """);

        var sample = s.Store.GetDriverSample(s.Journey, FactFilter.All, DriverOutcome.Nps);

        // Ann (C1 and her email) and Bob (C2) have touchpoint scores; C3 only an outcome.
        Assert.Equal(2, sample.Pairwise.Rows);
        Assert.Equal(2, sample.Pairwise.Count(1, 1));
        Assert.Equal((7.5 + 3) / 2, sample.Pairwise.Mean(1, 1), 12);
        Assert.Equal(1, sample.Pairwise.Count(0, 0));
        Assert.Equal(10, sample.Pairwise.Mean(0, 0), 12);
        Assert.Equal(7.5, sample.Pairwise.Mean(1, 0), 12);
        Assert.Equal(4, sample.Pairwise.Mean(2, 2), 12);
        Assert.Equal(0, sample.Pairwise.Count(3, 3));
        Assert.Equal(1, sample.Model.Count(0, 0));
    }

    [Fact]
    public void ACustomerWhoseOnlyScoreIsAtATouchpointTheJourneyNoLongerHasStillCounts()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,C1,,9
            r2,call,2025-01-01,C2,,5
            r3,,2025-01-02,C2,,7
            """);
        var withoutCall = s.Journey with { Touchpoints = [.. s.Journey.Touchpoints.Where(t => t.Id != "call")] };

        var sample = s.Store.GetDriverSample(withoutCall, FactFilter.All, DriverOutcome.Nps);

        Assert.Equal(2, sample.Drivers);
        Assert.Equal(2, sample.Pairwise.Rows);
        Assert.Equal(1, sample.Pairwise.Count(1, 1));
        Assert.Equal(1, sample.Pairwise.Count(0, 0));
        Assert.Equal(0, sample.Pairwise.Count(0, 1));
    }
}
