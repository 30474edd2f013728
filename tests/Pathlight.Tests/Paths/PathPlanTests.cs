using Pathlight.Journeys;
using Pathlight.Paths;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Paths;

public sealed class PathPlanTests
{
    private readonly PathPlan _plan = PathPlan.For(PathJourneys.Shop());

    [Fact]
    public void TheGoalIsTheIntentionalTouchpointsOfTheLastStageThatHasAny()
    {
        Assert.Equal(["checkout"], _plan.GoalTouchpoints);
        Assert.Equal(["helpdesk"], _plan.SupportNodes);
        Assert.False(_plan.CasesAsSupport);
    }

    [Fact]
    public void TheSampleJourneysGoalIsThePurchaseAndItsSupportIsTheSupportContact()
    {
        var plan = PathPlan.For(JourneyFile.Load(SampleFiles.ProductLaunchJourney));

        Assert.Equal(["launch-purchase"], plan.GoalTouchpoints);
        Assert.Equal(["support-contact"], plan.SupportNodes);
        Assert.False(plan.CasesAsSupport);
    }

    [Fact]
    public void AJourneyWithoutSupportTouchpointsCountsCasesAsTheSupportNode()
    {
        var plan = PathPlan.For(PathJourneys.Shop(withSupport: false));

        Assert.True(plan.CasesAsSupport);
        Assert.Equal([PathNodes.Support], plan.SupportNodes);
        // The help desk is now an ordinary, intentional touchpoint of the last stage, so it is the goal.
        Assert.Equal(["helpdesk"], plan.GoalTouchpoints);
        Assert.Equal(PathClass.SupportDetour, plan.Judge(["ad", PathNodes.Support, "helpdesk"]).Class);
    }

    [Theory]
    [InlineData("ad visit checkout", PathClass.Planned)]
    [InlineData("checkout", PathClass.Planned)]
    [InlineData("ad checkout", PathClass.Planned)]
    [InlineData("ad ad visit visit checkout", PathClass.Planned)]
    [InlineData("ad checkout stockout", PathClass.Planned)]
    [InlineData("visit ad checkout", PathClass.Detour)]
    [InlineData("ad checkout visit", PathClass.Detour)]
    [InlineData("ad helpdesk checkout", PathClass.SupportDetour)]
    [InlineData("visit ad helpdesk", PathClass.SupportDetour)]
    [InlineData("ad visit", PathClass.DropOff)]
    [InlineData("ad", PathClass.DropOff)]
    [InlineData("ad stockout", PathClass.DropOff)]
    [InlineData("stockout visit", PathClass.Detour)]
    public void EachPathGetsTheFirstClassThatApplies(string path, PathClass expected)
    {
        Assert.Equal(expected, _plan.Judge(path.Split(' ')).Class);
    }

    [Fact]
    public void AllThreeFlagsCanHoldAtOnce()
    {
        var verdict = _plan.Judge(["visit", "ad", "helpdesk"]);

        Assert.Equal(new PathVerdict(Detour: true, Support: true, DropOff: true), verdict);
        Assert.False(verdict.Planned);
    }

    [Fact]
    public void SupportInBetweenIsLeftOutOfTheForwardComparison()
    {
        // visit → helpdesk → checkout: the help desk comes last in the journey, but leaving it for the checkout is
        // not a move back; only planned touchpoints are compared with each other.
        var verdict = _plan.Judge(["visit", "helpdesk", "checkout"]);

        Assert.False(verdict.Detour);
        Assert.True(verdict.Support);
        Assert.False(verdict.DropOff);
    }

    [Fact]
    public void SyntheticNodesCannotCollideWithTouchpointIds()
    {
        Assert.All([PathNodes.Start, PathNodes.End, PathNodes.Support, PathNodes.More], node =>
            Assert.Throws<JourneyFileException>(() => JourneyFile.Parse($$"""
                id: j
                name: J
                stages: [{id: s, name: S}]
                touchpoints: [{id: "{{node}}", name: T, stage: s, channel: web}]
                """, "j.yaml")));
    }
}
