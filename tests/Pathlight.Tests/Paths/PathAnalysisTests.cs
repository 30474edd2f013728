using Pathlight.Facts;
using Pathlight.Paths;

namespace Pathlight.Tests.Paths;

/// <summary>The report built from counts made by hand, for what the store's small cases do not reach.</summary>
public sealed class PathAnalysisTests
{
    [Fact]
    public void TheFlowStopsAtItsLastStepAndSendsTheRestToMore()
    {
        // One customer with ten visits (ad, visit, ad, visit, ...): the flow keeps steps 0 to 8, and the move out of
        // step 8 goes to "more" rather than to the ninth visit.
        var nodes = Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? "ad" : "visit").ToList();
        var steps = new List<StepTransition> { new(0, PathNodes.Start, "ad", 1) };
        steps.AddRange(nodes.Select((n, i) => new StepTransition(i + 1, n, i + 1 < nodes.Count ? nodes[i + 1] : PathNodes.End, 1)));

        var report = PathAnalysis.Build(PathJourneys.Shop(), new PathCounts(steps, [new PathSequence(nodes, 1)]), FactFilter.All);

        Assert.Equal(PathAnalysis.FlowSteps + 1, report.Flow.Count);
        Assert.Equal(Enumerable.Range(0, PathAnalysis.FlowSteps + 1), report.Flow.Select(s => s.Step));
        Assert.Equal(new StepTransition(PathAnalysis.FlowSteps, "visit", PathNodes.More, 1), report.Flow[^1]);
        Assert.Equal(11, report.Transitions.Sum(t => t.Count));
        Assert.Equal(4, report.Transitions.Single(t => t.From == "visit" && t.To == "ad").Count);
        Assert.True(report.TopPaths.Single().Verdict.Detour);
    }

    [Fact]
    public void OnlyTheTopTenPathsAreListed()
    {
        var journey = PathJourneys.Shop();
        var touchpoints = journey.Touchpoints.Select(t => t.Id).ToList();
        var sequences = touchpoints.SelectMany(a => touchpoints.Select(b => new PathSequence([a, b], a == b ? 5 : 1))).ToList();

        var report = PathAnalysis.Build(journey, new PathCounts([], sequences), FactFilter.All);

        Assert.Equal(25 + 5 * 4, report.Customers);
        Assert.Equal(PathAnalysis.TopPathCount, report.TopPaths.Count);
        Assert.All(report.TopPaths.Take(5), p => Assert.Equal(5, p.Customers));
        Assert.Equal(["ad", "ad"], report.TopPaths[0].Nodes);
        Assert.Equal(["ad", "checkout"], report.TopPaths[5].Nodes);
        Assert.Equal(report.Customers, report.Classes.Sum(c => c.Customers));
    }
}
