using Pathlight.AtRisk;
using Pathlight.Storage.DuckDb;
using static Pathlight.Tests.AtRisk.RiskStore;

namespace Pathlight.Tests.AtRisk;

public sealed class AtRiskRulesTests : IDisposable
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly RiskStore _store = new();

    [Fact]
    public void DetractorAnswerAloneMakesACustomerAtRisk()
    {
        _store.Import("responses", $"r1,,{At(-2 * Day)},c1,5,,", $"r2,,{At(-2 * Day)},c2,7,,");

        var customer = Assert.Single(_store.List().Customers);

        Assert.Equal("c1", customer.CustomerId);
        var reason = Assert.Single(customer.Reasons);
        Assert.Equal(new RiskReason(RiskReasonKind.Detractor, "r1", null, T - (2 * Day), "5", 2), reason);
        Assert.Equal(2, customer.RiskScore);
        Assert.Equal(T - (2 * Day), customer.LastContact);
    }

    [Fact]
    public void LowScoreAtARedTouchpointAloneMakesACustomerAtRisk()
    {
        _store.MakeRed("checkout", -3 * Day);
        // c1 scores 5 at red checkout (low), c2 scores 7 there (not low), c3 scores 4 at delivery, which has no light.
        _store.Import("responses", $"r1,checkout,{At(-Day)},c1,,6,5", $"r2,checkout,{At(-Day)},c2,,6,7", $"r3,delivery,{At(-Day)},c3,,6,4");

        var list = _store.List();

        Assert.Equal(["checkout"], list.RedTouchpoints);
        var customer = Assert.Single(list.Customers);
        Assert.Equal("c1", customer.CustomerId);
        Assert.Equal(new RiskReason(RiskReasonKind.RedTouchpoint, "r1", "checkout", T - Day, "5", 1), Assert.Single(customer.Reasons));
        Assert.Equal(1, customer.RiskScore);
    }

    [Fact]
    public void RedLightIsJudgedOnTheWindowOnly()
    {
        _store.MakeRed("checkout", -40 * Day);
        _store.Import("responses", $"r1,checkout,{At(-Day)},c1,,6,5");

        var list = _store.List();

        Assert.Empty(list.RedTouchpoints);
        Assert.Empty(list.Customers);
        Assert.Single(_store.List(days: 60).Customers);
    }

    [Fact]
    public void OpenCaseAloneMakesACustomerAtRiskHoweverOld()
    {
        _store.Import("cases",
            $"s1,checkout,c1,{At(-90 * Day)},,2,",
            $"s2,checkout,c2,{At(-5 * Day)},{At(-4 * Day)},1,no",
            $"s3,delivery,c3,{At(-5 * Day)},{At(Day)},1,yes");

        var customers = _store.List().Customers;

        Assert.Equal(["c3", "c1"], customers.Select(c => c.CustomerId));
        Assert.Equal(new RiskReason(RiskReasonKind.OpenCase, "s1", "checkout", T - (90 * Day), "open", 3), customers[1].Reasons.Single());
        // Resolved a day after the as-of time, so still open then; it was reopened too.
        Assert.Equal(new RiskReason(RiskReasonKind.OpenCase, "s3", "delivery", T - (5 * Day), "open, reopened", 3), customers[0].Reasons.Single());
    }

    [Fact]
    public void ReopenedCaseCountsWhenResolvedWithinTheWindow()
    {
        _store.Import("cases",
            $"s1,checkout,c1,{At(-10 * Day)},{At(-8 * Day)},3,yes",
            $"s2,checkout,c2,{At(-50 * Day)},{At(-31 * Day)},3,yes");

        var customer = Assert.Single(_store.List().Customers);

        Assert.Equal(new RiskReason(RiskReasonKind.ReopenedCase, "s1", "checkout", T - (8 * Day), "reopened", 2), Assert.Single(customer.Reasons));
    }

    [Fact]
    public void ChurnedCustomersAreLeftOutUntilTheyChurn()
    {
        _store.Import("responses", $"r1,,{At(-5 * Day)},c1,2,,", $"r2,,{At(-5 * Day)},c2,2,,");
        _store.Import("outcomes", $"o1,c1,churned,{At(-Day)}", $"o2,c2,repeat_purchase,{At(-Day)}");

        var list = _store.List();

        Assert.Equal(["c2"], list.Customers.Select(c => c.CustomerId));
        Assert.Equal(1, list.ChurnedExcluded);
        Assert.Equal(["c1", "c2"], _store.List(T - (2 * Day)).Customers.Select(c => c.CustomerId).Order());
    }

    [Fact]
    public void WindowIncludesBothEnds()
    {
        var second = TimeSpan.FromSeconds(1);
        _store.Import("responses",
            $"edge-start,,{At(-30 * Day)},c-start,3,,",
            $"before,,{At((-30 * Day) - second)},c-before,3,,",
            $"edge-end,,{At(TimeSpan.Zero)},c-end,3,,",
            $"after,,{At(second)},c-after,3,,");

        var ids = _store.List().Customers.Select(c => c.CustomerId).Order();

        Assert.Equal(["c-end", "c-start"], ids);
    }

    [Fact]
    public void RiskScoreAddsTheWeightsAndRanksTheList()
    {
        _store.MakeRed("checkout", -3 * Day);
        _store.Import("responses", $"r1,checkout,{At(-2 * Day)},c1,4,6,3", $"r2,,{At(-Day)},c2,6,,");
        _store.Import("cases", $"s1,checkout,c1,{At(-2 * Day)},,1,");
        _store.Import("interactions", $"i1,delivery,{At(-Day / 2)},c1");

        var customers = _store.List().Customers;

        // c1: open case 3 + detractor 2 + low score at red checkout 1 = 6; c2: detractor 2.
        Assert.Equal([("c1", 6), ("c2", 2)], customers.Select(c => (c.CustomerId, c.RiskScore)));
        Assert.Equal([RiskReasonKind.OpenCase, RiskReasonKind.Detractor, RiskReasonKind.RedTouchpoint], customers[0].Reasons.Select(r => r.Kind));
        Assert.Equal(T - (Day / 2), customers[0].LastContact);
    }

    [Fact]
    public void DefaultAsOfIsTheLatestContactNotTheLatestOutcome()
    {
        _store.Import("responses", $"r1,,{At(-40 * Day)},c1,2,,", $"r2,,{At(-20 * Day)},c2,2,,");
        _store.Import("interactions", $"i1,checkout,{At(-5 * Day)},c3");
        _store.Import("outcomes", $"o1,c9,renewed,{At(90 * Day)}");
        var store = _store.Store;
        var journey = store.GetJourney(JourneyId);

        var window = store.AtRiskWindowFor(journey, 30, null, DateTime.UtcNow);
        var list = store.GetAtRisk(journey, window);

        Assert.Equal(new AtRiskWindow(T - (5 * Day), 30, AsOfSource.LatestContact), window);
        Assert.Equal(["c2"], list.Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public void AsOfReadsNowDatesAndTimestamps()
    {
        var now = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

        Assert.Equal((now, AsOfSource.Now), AtRiskWindow.ParseAsOf("now", now));
        Assert.Equal((new DateTime(2026, 4, 5, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_990), AsOfSource.Given),
            AtRiskWindow.ParseAsOf("2026-04-05", now));
        Assert.Equal((new DateTime(2026, 4, 5, 10, 0, 0, DateTimeKind.Utc), AsOfSource.Given), AtRiskWindow.ParseAsOf("2026-04-05T12:00:00+02:00", now));
        Assert.Null(AtRiskWindow.ParseAsOf(" ", now));
        Assert.Throws<PathlightException>(() => AtRiskWindow.ParseAsOf("yesterday", now));
        Assert.Throws<PathlightException>(() => AtRiskWindow.CheckDays(0));
    }

    public void Dispose() => _store.Dispose();
}
