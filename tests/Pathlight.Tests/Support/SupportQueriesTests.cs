using Pathlight.Facts;
using Pathlight.Statistics;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;

namespace Pathlight.Tests.Support;

/// <summary>The support figures of <see cref="HandMadeSupportStore"/>, worked out by hand from its facts.</summary>
public sealed class SupportQueriesTests(HandMadeSupportStore hand) : IClassFixture<HandMadeSupportStore>
{
    private static readonly DateTime T0 = HandMadeSupportStore.T0;

    [Fact]
    public void CountsCasesCustomersContactsAndInteractionsPerTouchpoint()
    {
        var report = Report(FactFilter.All);

        var a = report.Find("a")!;
        Assert.Equal((3L, 3L, 6L, 8L, 2L, 1L), (a.Cases, a.Customers, a.Contacts, a.Interactions, a.Resolved, a.Open));
        var b = report.Find("b")!;
        Assert.Equal((1L, 1L, 1L, 2L, 1L, 0L), (b.Cases, b.Customers, b.Contacts, b.Interactions, b.Resolved, b.Open));
        var unattributed = report.Touchpoints[^1];
        Assert.Null(unattributed.TouchpointId);
        Assert.Equal(SupportReportBuilder.UnattributedName, unattributed.Name);
        Assert.Equal((1L, 0L), (unattributed.Cases, unattributed.Interactions));
        Assert.Null(unattributed.CasesPerThousand);
        Assert.Equal(["a", "b", null], report.Touchpoints.Select(r => r.TouchpointId));
        Assert.Equal(T0.AddDays(200), report.ObservedUntil);
    }

    [Fact]
    public void CasesPerThousandInteractionsUseTheExactPoissonInterval()
    {
        // a: 3 cases in 8 interactions; Garwood 0.618672 to 8.767273 cases, · 1000/8.
        var rate = Report(FactFilter.All).Find("a")!.CasesPerThousand!;

        Assert.Equal(375, rate.Value, 9);
        Assert.Equal(77.334015362, rate.Low!.Value, 5);
        Assert.Equal(1095.909134, rate.High!.Value, 5);
        Assert.Equal(8, rate.N);
    }

    [Fact]
    public void TimeToRecoverCoversResolvedCasesOnly()
    {
        var report = Report(FactFilter.All);

        // a: 2 h and 10 h resolved, one open: median (2 + 10)/2 = 6, p90 = x₍⌈1.8⌉₎ = 10, too few for intervals.
        Assert.Equal(new Measure(6, null, null, 2), report.Find("a")!.RecoveryMedianHours);
        Assert.Equal(new Measure(10, null, null, 2), report.Find("a")!.RecoveryP90Hours);

        // All: 1, 2, 4, 10 h: median 3, p90 = x₍⌈3.6⌉₎ = 10.
        Assert.Equal(new Measure(3, null, null, 4), report.Overall.RecoveryMedianHours);
        Assert.Equal(new Measure(10, null, null, 4), report.Overall.RecoveryP90Hours);
    }

    [Fact]
    public void FirstContactResolutionAndReopeningCountTheCasesThatRecordThem()
    {
        var report = Report(FactFilter.All);

        Assert.Equal(WilsonInterval.Percent(1, 3), report.Find("a")!.FirstContactResolution);
        Assert.Equal(WilsonInterval.Percent(1, 2), report.Find("a")!.Reopen);
        Assert.Equal(WilsonInterval.Percent(2, 4), report.Overall.FirstContactResolution);
        Assert.Equal(WilsonInterval.Percent(1, 3), report.Overall.Reopen);
    }

    [Fact]
    public void ChurnComparesCustomersWithACaseToVisitorsWithoutAny()
    {
        var churn = Report(FactFilter.All).Find("a")!.Churn;

        // With: c1 churned 29 days after its case, c2 never, c3 only 117 days after → 1 of 3.
        // Without: c4 churned 10 days after its visit, c5 never; c6 had churned before and c7's window is still open.
        Assert.Equal(WilsonInterval.Percent(1, 3), churn.WithCase);
        Assert.Equal(WilsonInterval.Percent(1, 2), churn.Without);
        Assert.Equal((0L, 1L), (churn.PendingWithCase, churn.PendingWithout));

        // Newcombe from the Wilson intervals 6.149–79.235 and 9.453–90.547:
        // −16.667 − √(27.184² + 40.547²) = −65.483, −16.667 + √(45.901² + 40.547²) = 44.579.
        Assert.Equal(-16.666667, churn.Difference!.Value, 5);
        Assert.Equal(-65.483225153, churn.Difference.Low!.Value, 5);
        Assert.Equal(44.578640, churn.Difference.High!.Value, 5);
        Assert.Equal(5, churn.Difference.N);
    }

    [Fact]
    public void AGroupWithNobodyAtRiskHasNoRateAndNoDifference()
    {
        var churn = Report(FactFilter.All).Find("b")!.Churn;

        Assert.Equal(WilsonInterval.Percent(0, 1), churn.WithCase);
        Assert.Null(churn.Without);
        Assert.Null(churn.Difference);
    }

    [Fact]
    public void NpsAfterSupportUsesEachCustomersLatestRelationshipAnswerAfterTheAnchor()
    {
        var nps = Report(FactFilter.All).Find("a")!.Nps;

        // With: c1 answered 3 after its case, c2's 10 came before its case and its 9 after → 1 promoter, 1 detractor.
        // c3 rated only the touchpoint. Without: c4 8 (passive), c5 10 → NPS 50.
        Assert.Equal(NpsInterval.Of(1, 1, 2), nps.WithCase);
        Assert.Equal(NpsInterval.Of(1, 0, 2), nps.Without);

        // Adjusted: centres 0 and (1.75 − 0.75)/5 = 0.2, variances 0.14 and 0.152: 100·(−0.2 ± 1.96·√0.292).
        Assert.Equal(-50, nps.Difference!.Value, 9);
        Assert.Equal(-114.406101, nps.Difference.Low!.Value, 5);
        Assert.Equal(74.406101, nps.Difference.High!.Value, 5);
    }

    [Fact]
    public void TheOverallRowTreatsAllTouchpointsAsOne()
    {
        var overall = Report(FactFilter.All).Overall;

        Assert.Equal((5L, 5L, 8L, 10L, 1L), (overall.Cases, overall.Customers, overall.Contacts, overall.Interactions, overall.Open));
        Assert.Equal(500, overall.CasesPerThousand!.Value, 9);

        // With: c1 churned, c2, c3, c8, c9 did not → 1/5. Without: c4 yes, c5 no, c6 left out, c7 pending.
        Assert.Equal(WilsonInterval.Percent(1, 5), overall.Churn.WithCase);
        Assert.Equal(WilsonInterval.Percent(1, 2), overall.Churn.Without);
        Assert.Equal(-30, overall.Churn.Difference!.Value, 9);
        Assert.Equal(1, overall.Churn.PendingWithout);
        Assert.Equal(NpsInterval.Of(1, 1, 2), overall.Nps.WithCase);
    }

    [Fact]
    public void TheFilterPicksCasesAndVisitsButNotWhoCountsAsHavingACase()
    {
        // Before day 2: a has case s1 only and interactions i1–i6, i8. c2 and c3 still have cases (outside the
        // window), so they are not comparable customers without one.
        var a = Report(new FactFilter(null, T0.AddDays(2), [])).Find("a")!;

        Assert.Equal((1L, 7L), (a.Cases, a.Interactions));
        Assert.Equal(WilsonInterval.Percent(1, 1), a.Churn.WithCase);
        Assert.Equal(WilsonInterval.Percent(1, 2), a.Churn.Without);
        Assert.Equal(0, a.Churn.PendingWithout);
    }

    private SupportReport Report(FactFilter filter) =>
        SupportReportBuilder.Build(hand.Journey, hand.Store.GetSupport(hand.Journey, filter), filter.From, filter.To);
}
