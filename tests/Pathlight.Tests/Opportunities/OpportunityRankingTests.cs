using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Opportunities;
using Pathlight.Statistics;

namespace Pathlight.Tests.Opportunities;

/// <summary>The priority formula on touchpoints whose inputs are chosen by hand, out of 200 journey customers.</summary>
public sealed class OpportunityRankingTests
{
    private const long Customers = 200;

    private static IReadOnlyList<OpportunityInput> Inputs() =>
    [
        // a: loyalty 0.5 · (3.0 / 10) · (100 / 200) = 0.075; support 10 / 200 = 0.05; priority 0.125.
        Input("a", 0, new Measure(-3.0, -3.5, -2.5, 50), Light.Red, Importance(0.5), 100, 10),

        // b: loyalty 0.3 · (1.0 / 10) · (160 / 200) = 0.024; no cases; priority 0.024.
        Input("b", 1, new Measure(-1.0, -1.4, 0.2, 40), Light.Yellow, Importance(0.3), 160, 0),

        // c: above expectation, so no loyalty term; support 8 / 200 = 0.04; priority 0.04.
        Input("c", 2, new Measure(0.5, 0.1, 0.9, 60), Light.Green, Importance(0.2), 80, 8),

        // d: 2 points short, but on 10 answers its light is grey, so the shortfall does not count; no cases: priority 0.
        Input("d", 3, new Measure(-2.0, -3.0, -1.0, 10), Light.Grey, Importance(0.4), 50, 0),
    ];

    [Fact]
    public void PriorityIsTheLoyaltyTermPlusTheSupportTerm()
    {
        var ranked = OpportunityRanking.Rank(Inputs(), Customers);

        Assert.Equal(["a", "c", "b"], ranked.Select(o => o.TouchpointId));
        Assert.Equal([1, 2, 3], ranked.Select(o => o.Rank));
        Assert.Equal(0.075, ranked[0].LoyaltyTerm, 12);
        Assert.Equal(0.05, ranked[0].SupportTerm, 12);
        Assert.Equal(0.125, ranked[0].Priority, 12);
        Assert.Equal((0.0, 0.04, 0.04), (ranked[1].LoyaltyTerm, ranked[1].SupportTerm, ranked[1].Priority));
        Assert.Equal(0.024, ranked[2].LoyaltyTerm, 12);
        Assert.Equal(0.024, ranked[2].Priority, 12);
    }

    [Fact]
    public void TheSupportTermIsWeightedByHowMuchLowerCustomersRateUsAfterACase()
    {
        // 20 of 200 customers had a case; after it they rate us 50 NPS points lower: 0.1 · 50 / 200 = 0.025.
        var hurt = Input("h", 0, new Measure(0.5, 0.1, 0.9, 60), Light.Green, Importance(0.2), 100, 20, npsDifference: -50);
        // The same demand where customers rate us no lower after a case weighs nothing, so it is no CX opportunity.
        var harmless = Input("k", 1, new Measure(0.5, 0.1, 0.9, 60), Light.Green, Importance(0.2), 100, 20, npsDifference: 4);
        // Unmeasured: weight 0 unless the journey-wide comparison stands in.
        var unmeasured = Input("u", 2, new Measure(0.5, 0.1, 0.9, 60), Light.Green, Importance(0.2), 100, 20, npsDifference: null);

        var ranked = OpportunityRanking.Rank([hurt, harmless, unmeasured], Customers);

        var only = Assert.Single(ranked);
        Assert.Equal("h", only.TouchpointId);
        Assert.Equal(0.025, only.SupportTerm, 12);
        Assert.Equal(0.25, only.Evidence.Harm.Weight, 12);
        Assert.Equal(new SupportHarm(new Measure(-30, null, null, 9), true), SupportHarm.Of(null, new Measure(-30, null, null, 9)));
        Assert.Equal(0.15, SupportHarm.Of(null, new Measure(-30, null, null, 9)).Weight, 12);
    }

    [Fact]
    public void ATouchpointWithNothingToWinIsNotListed()
    {
        var ranked = OpportunityRanking.Rank(Inputs(), Customers);

        Assert.DoesNotContain(ranked, o => o.TouchpointId == "d");
    }

    [Fact]
    public void TheShortfallIsTheNegatedGapClampedAtZero()
    {
        var a = OpportunityRanking.Rank(Inputs(), Customers)[0].Evidence;
        var b = OpportunityRanking.Shortfall(new Measure(-1.0, -1.4, 0.2, 40))!;

        Assert.Equal(new Measure(3.0, 2.5, 3.5, 50), a.Shortfall);
        Assert.Equal(new Measure(1.0, 0, 1.4, 40), b);
        Assert.Equal(new Measure(0, 0, 0, 60), OpportunityRanking.Shortfall(new Measure(0.5, 0.1, 0.9, 60)));
        Assert.Null(OpportunityRanking.Shortfall(null));
    }

    [Fact]
    public void ReachAndCaseShareAreWilsonPercentagesOfTheJourneysCustomers()
    {
        var a = OpportunityRanking.Rank(Inputs(), Customers)[0].Evidence;

        // 100 of 200: centre 0.5, half-width 1.96·√(0.25/200 + 1.96²/160000) / (1 + 1.96²/200) = 6.8640 points.
        Assert.Equal(50, a.Reach!.Value, 12);
        Assert.Equal(43.1360, a.Reach.Low!.Value, 4);
        Assert.Equal(56.8640, a.Reach.High!.Value, 4);
        Assert.Equal(200, a.Reach.N);
        Assert.Equal(5, a.CaseShare!.Value, 12);
        Assert.Equal((100L, 10L), (a.ReachCustomers, a.CaseCustomers));
    }

    [Fact]
    public void TheKpiShortfallIsRelativeToTheTargetInEitherDirection()
    {
        var higher = Kpi(43.6, 80, higherIsBetter: true);
        var lower = Kpi(300, 240, higherIsBetter: false);
        var met = Kpi(90, 80, higherIsBetter: true);

        Assert.Equal((80 - 43.6) / 80, OpportunityRanking.KpiShortfall(higher)!.Value, 12);
        Assert.Equal(0.25, OpportunityRanking.KpiShortfall(lower)!.Value, 12);
        Assert.Equal(0, OpportunityRanking.KpiShortfall(met));
        Assert.Null(OpportunityRanking.KpiShortfall(null));
    }

    [Fact]
    public void ATouchpointLeftOutOfTheDriverModelGetsNoLoyaltyTermButKeepsItsSupportTerm()
    {
        var input = Input("e", 0, new Measure(-4, -5, -3, 30), Light.Red, TouchpointImportance.None(12, "too few"), 100, 20);

        var ranked = OpportunityRanking.Rank([input], Customers);

        Assert.Equal((0.0, 0.1), (ranked[0].LoyaltyTerm, ranked[0].SupportTerm));
        Assert.Equal("too few", ranked[0].Evidence.Importance.Note);
    }

    internal static OpportunityInput Input(string id, int order, Measure? gap, Light light, TouchpointImportance importance,
        long customers, long caseCustomers, string? owner = "Team " + "X", string? name = null, double? npsDifference = -200) =>
        new(
            new Touchpoint(id, name ?? "Touchpoint " + id.ToUpperInvariant(), "s", "web", owner, true, null, 7, null, order),
            "Stage",
            gap,
            light,
            null,
            importance,
            customers,
            caseCustomers,
            caseCustomers,
            caseCustomers > 0 ? new Measure(1000.0 * caseCustomers / customers, null, null, customers) : null,
            new SupportHarm(npsDifference is { } d ? new Measure(d, null, null, 50) : null, FromJourney: false));

    private static TouchpointImportance Importance(double share) => new(share, share / 4, 0.3, 0.1, 0.5, 100, null);

    private static KpiResult Kpi(double value, double target, bool higherIsBetter) =>
        new("k", KpiKind.Rate, KpiMeasure.Success, new Measure(value, null, null, 100), target, higherIsBetter, Light.Red);
}
