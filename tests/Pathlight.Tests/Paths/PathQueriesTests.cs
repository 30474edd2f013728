using Pathlight.Facts;
using Pathlight.Paths;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Paths;

/// <summary>
/// Seven customers of the shop journey whose paths are known, in a real store:
/// c1 ad visit checkout (planned), c2 ad visit ad checkout (detour), c3 ad helpdesk checkout (support),
/// c4 ad visit (drop-off), c5 ad (drop-off, a single touchpoint), c6 checkout (planned, a single touchpoint),
/// c7 ad ad checkout (planned: a repeat is no move back). Plus an interaction without a customer and a case,
/// which have no part in any path (the journey has a support touchpoint, so cases are not visits).
/// </summary>
public sealed class PathQueriesTests : IDisposable
{
    private readonly DisposableFolder _folder = new();
    private readonly DuckDbStore _store;
    private readonly Pathlight.Journeys.Journey _journey = PathJourneys.Shop();

    public PathQueriesTests()
    {
        _store = DuckDbStore.Open(_folder.File("paths.duckdb"), create: true);
        _store.SaveJourney(_journey);
        using (var writer = _store.OpenWriter(_journey, FactKind.Interaction))
        {
            writer.Write([
                .. PathJourneys.Visits("c1", "ad", "visit", "checkout"),
                .. PathJourneys.Visits("c2", "ad", "visit", "ad", "checkout"),
                .. PathJourneys.Visits("c3", "ad", "helpdesk", "checkout"),
                .. PathJourneys.Visits("c4", "ad", "visit"),
                .. PathJourneys.Visits("c5", "ad"),
                .. PathJourneys.Visits("c6", "checkout"),
                .. PathJourneys.Visits("c7", "ad", "ad", "checkout"),
                .. PathJourneys.Visits(null, "visit"),
            ]);
        }

        using var cases = _store.OpenWriter(_journey, FactKind.Case);
        cases.Write([PathJourneys.Case("k1", "c1", PathJourneys.Day.AddMinutes(30))]);
    }

    [Fact]
    public void EachCustomerIsCountedInTheFirstClassThatApplies()
    {
        var report = _store.GetPaths(_journey, FactFilter.All);

        Assert.Equal(7, report.Customers);
        Assert.Equal(
            [(PathClass.Planned, 3L), (PathClass.SupportDetour, 1L), (PathClass.Detour, 1L), (PathClass.DropOff, 2L)],
            report.Classes.Select(c => (c.Class, c.Customers)));
        // Wilson, z = 1.96, 3 of 7: p = 0.428571, centre = (p + z²/14)/(1 + z²/7) = 0.453881,
        // half = z·sqrt(p(1 − p)/7 + z²/196)/(1 + z²/7) = 0.295663.
        MeasureAssert.Equal(report.Shares.Planned, 42.857142857142854, 15.821692226262684, 74.95457695909742, 7);
        MeasureAssert.Equal(report.Shares.Detour, 14.285714285714285, 2.567895594897479, 51.313450331903, 7);
        MeasureAssert.Equal(report.Shares.Support, 14.285714285714285, 2.567895594897479, 51.313450331903, 7);
        MeasureAssert.Equal(report.Shares.DropOff, 28.57142857142857, 8.221716570901549, 64.10709098517873, 7);
        MeasureAssert.Equal(report.Shares.LeftPlanned, 57.14285714285714, 25.04542304090258, 84.17830777373732, 7);
    }

    [Fact]
    public void TransitionsCountEveryMoveIncludingStartAndEnd()
    {
        var report = _store.GetPaths(_journey, FactFilter.All);

        Assert.Equal(
        [
            ("(start)", "ad", 6L), ("(start)", "checkout", 1L),
            ("ad", "ad", 1L), ("ad", "visit", 3L), ("ad", "checkout", 2L), ("ad", "helpdesk", 1L), ("ad", "(end)", 1L),
            ("visit", "ad", 1L), ("visit", "checkout", 1L), ("visit", "(end)", 1L),
            ("checkout", "(end)", 5L),
            ("helpdesk", "checkout", 1L),
        ], report.Transitions.Select(t => (t.From, t.To, t.Count)));
        // Each customer makes one move more than their visits: 3 + 4 + 3 + 2 + 1 + 1 + 3 = 17 visits, + 7 customers.
        Assert.Equal(17 + 7, report.Transitions.Sum(t => t.Count));
    }

    [Fact]
    public void EveryNodeIsLeftAsOftenAsItIsEntered()
    {
        var report = _store.GetPaths(_journey, FactFilter.All);

        foreach (var node in report.Transitions.Select(t => t.From).Where(n => n != PathNodes.Start).Distinct())
        {
            Assert.Equal(report.Transitions.Where(t => t.To == node).Sum(t => t.Count),
                report.Transitions.Where(t => t.From == node).Sum(t => t.Count));
        }

        Assert.Equal(report.Customers, report.Transitions.Where(t => t.From == PathNodes.Start).Sum(t => t.Count));
        Assert.Equal(report.Customers, report.Transitions.Where(t => t.To == PathNodes.End).Sum(t => t.Count));
    }

    [Fact]
    public void ANodesCustomersEitherGoOnOrLeaveThere()
    {
        var report = _store.GetPaths(_journey, FactFilter.All);

        Assert.Equal(
            [("ad", 6L, 1L), ("visit", 3L, 1L), ("checkout", 5L, 5L), ("stockout", 0L, 0L), ("helpdesk", 1L, 0L)],
            report.Nodes.Select(n => (n.Node, n.Customers, n.Left)));
        var visit = report.Nodes.Single(n => n.Node == "visit");
        MeasureAssert.Equal(visit.Leave, 33.33333333333333, 6.14903152761605, 79.23450448735122, 3);
        Assert.Equal(100 - visit.Leave!.Value, visit.Continue!.Value, 12);
        Assert.Null(report.Nodes.Single(n => n.Node == "stockout").Leave);
        Assert.True(report.Nodes.Single(n => n.Node == "helpdesk").Support);
    }

    [Fact]
    public void TopPathsAreTheDistinctPathsMostCustomersFirst()
    {
        using (var writer = _store.OpenWriter(_journey, FactKind.Interaction))
        {
            writer.Write([.. PathJourneys.Visits("c8", "ad", "visit", "checkout")]);
        }

        var report = _store.GetPaths(_journey, FactFilter.All);

        Assert.Equal(7, report.TopPaths.Count);
        var first = report.TopPaths[0];
        Assert.Equal(["ad", "visit", "checkout"], first.Nodes);
        Assert.Equal(2, first.Customers);
        MeasureAssert.Equal(first.Share, 25, 7.147768885802764, 59.073012089741084, 8);
        Assert.Equal(PathClass.Planned, first.Verdict.Class);
        Assert.All(report.TopPaths.Skip(1), p => Assert.Equal(1, p.Customers));
        Assert.Equal(PathClass.Detour, report.TopPaths.Single(p => p.Nodes.SequenceEqual(["ad", "visit", "ad", "checkout"])).Verdict.Class);
    }

    [Fact]
    public void TheFilterLimitsTheVisitsThatMakeAPath()
    {
        // Only the first hour of each path: every customer's first visit, so c6 alone reaches the checkout.
        var firstVisits = new FactFilter(null, PathJourneys.Day.AddMinutes(59), []);
        // Odd visits are in the south: c2's second and c7's second visit, and so on.
        var north = new FactFilter(null, null, [new("region", "north")]);

        var first = _store.GetPaths(_journey, firstVisits);
        var northern = _store.GetPaths(_journey, north);

        Assert.Equal(7, first.Customers);
        Assert.Equal([("(start)", "ad", 6L), ("(start)", "checkout", 1L), ("ad", "(end)", 6L), ("checkout", "(end)", 1L)],
            first.Transitions.Select(t => (t.From, t.To, t.Count)));
        Assert.Equal(1, first.Classes.Single(c => c.Class == PathClass.Planned).Customers);
        Assert.Contains(northern.TopPaths, p => p.Nodes.SequenceEqual(["ad", "checkout"]) && p.Customers == 3);
    }

    [Fact]
    public void WithoutASupportTouchpointACaseIsAVisitToSupport()
    {
        var journey = PathJourneys.Shop(withSupport: false);
        _store.SaveJourney(journey);
        using (var cases = _store.OpenWriter(journey, FactKind.Case))
        {
            cases.Write([PathJourneys.Case("k2", null, PathJourneys.Day)]);
        }

        var report = _store.GetPaths(journey, FactFilter.All);

        Assert.True(report.CasesAsSupport);
        Assert.Equal([PathNodes.Support], report.SupportNodes);
        // c1's case was opened 30 minutes after the ad, before the store visit; the case without a customer has no path.
        Assert.Contains(report.TopPaths, p => p.Nodes.SequenceEqual(["ad", PathNodes.Support, "visit", "checkout"]));
        Assert.Equal(1, report.Transitions.Single(t => t.From == "ad" && t.To == PathNodes.Support).Count);
        // The help desk is now an ordinary touchpoint of the last stage, so it is the goal: c1 went to support, c2
        // and c3 moved back (c3 from the help desk to the checkout), and c4 to c7 never reached the help desk.
        Assert.Equal(
            [(PathClass.Planned, 0L), (PathClass.SupportDetour, 1L), (PathClass.Detour, 2L), (PathClass.DropOff, 4L)],
            report.Classes.Select(c => (c.Class, c.Customers)));
        Assert.Contains(report.Nodes, n => n.Node == PathNodes.Support && n.Customers == 1 && n.Support);
    }

    [Fact]
    public void AStoreWithoutFactsHasNoPathsAndNoShares()
    {
        _store.ClearFacts(_journey.Id);

        var report = _store.GetPaths(_journey, FactFilter.All);

        Assert.Equal(0, report.Customers);
        Assert.Null(report.Shares.Planned);
        Assert.Empty(report.Transitions);
        Assert.Empty(report.TopPaths);
        Assert.All(report.Classes, c => Assert.Null(c.Share));
    }

    public void Dispose() => _folder.Dispose();
}
