namespace Pathlight.Tests.Demo;

/// <summary>
/// The scenario's story as the scorecard will tell it, at 2,000 customers for three seeds: gaps in their
/// light bands (red below −1, yellow [−1, 0), green from 0, WOW from +1) with 95% t intervals clear of the
/// band's boundaries, and the operational KPIs on their side of target.
/// </summary>
public sealed class DemoLightsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RequiredLightsAreClearAtTwoThousandCustomers(int seed)
    {
        var data = DemoDataset.Get(2000, seed);

        var store = Interval(data, "store-enquiry");
        Assert.True(store.High < -1, $"store-enquiry should be red: {store}");

        var stockOut = Interval(data, "out-of-stock");
        Assert.True(stockOut.High < -1, $"out-of-stock should be red: {stockOut}");

        var marketing = Interval(data, "launch-marketing");
        Assert.True(marketing.Low > 1, $"launch-marketing should be a green WOW: {marketing}");

        var purchase = Interval(data, "launch-purchase");
        Assert.True(purchase.Low > 0 && purchase.High < 1, $"launch-purchase should be green, not WOW: {purchase}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void OtherTouchpointsShowVariety(int seed)
    {
        var data = DemoDataset.Get(2000, seed);
        Assert.InRange(Interval(data, "product-news").Mean, -1, -0.1);
        Assert.InRange(Interval(data, "call-centre-enquiry").Mean, -2.5, -0.1);
        Assert.InRange(Interval(data, "support-contact").Mean, -1, -0.1);
        Assert.All(DemoDataset.JourneyOrder, t => Assert.True(data.Gaps(t).Count >= 30, $"{t} below the minimum sample"));
    }

    [Fact]
    public void GapsAreNearTheirDesignedValuesAtTenThousandCustomers()
    {
        var data = DemoDataset.Get(10_000, 42);
        (string Touchpoint, double Gap)[] designed =
        [
            ("product-news", -0.5), ("store-enquiry", -2.5), ("call-centre-enquiry", -1.7), ("launch-marketing", 1.8),
            ("launch-purchase", 0.5), ("out-of-stock", -3.0), ("support-contact", -0.5),
        ];
        foreach (var (touchpoint, gap) in designed)
        {
            Assert.InRange(Interval(data, touchpoint).Mean, gap - 0.25, gap + 0.25);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void KpisLandOnTheirSideOfTarget(int seed)
    {
        var data = DemoDataset.Get(2000, seed);

        // Red is beyond 10% of target: questions answered < 72, back-orders < 45, handle time > 264 s.
        Assert.True(SuccessRate(data, "store-enquiry") < 72);
        Assert.True(SuccessRate(data, "out-of-stock") < 45);
        Assert.True(MedianHandleTime(data) > 264);
        Assert.True(SuccessRate(data, "launch-marketing") > 3);
        Assert.True(SuccessRate(data, "launch-purchase") > 70);
    }

    [Fact]
    public void KpisAreNearTheirDesignedValuesAtTenThousandCustomers()
    {
        var data = DemoDataset.Get(10_000, 42);

        // Targets: questions answered 80, click-through 3, checkout 70, back-orders 50, FCR 70 (yellow from 63).
        Assert.InRange(SuccessRate(data, "store-enquiry"), 37, 43);
        Assert.InRange(SuccessRate(data, "launch-marketing"), 4, 5.6);
        Assert.InRange(SuccessRate(data, "launch-purchase"), 76, 80);
        Assert.InRange(SuccessRate(data, "out-of-stock"), 17, 23);
        Assert.InRange(SuccessRate(data, "support-contact"), 63, 69.9);
        Assert.InRange(MedianHandleTime(data), 400, 440);
    }

    [Fact]
    public void ProductNewsHasNoOperationalOutcome() =>
        Assert.All(
            DemoDataset.Get(2000, 1).Interactions.Where(r => r.Touchpoint == "product-news"),
            r => Assert.True(r.IsBlank("success") && r.IsBlank("duration_seconds") && r.IsBlank("value")));

    private static (double Mean, double Low, double High) Interval(DemoDataset data, string touchpoint) =>
        SampleStatistics.MeanInterval(data.Gaps(touchpoint));

    private static double MedianHandleTime(DemoDataset data) => SampleStatistics.Median(
        data.Interactions.Where(r => r.Touchpoint == "call-centre-enquiry").Select(r => r.Number("duration_seconds")!.Value));

    private static double SuccessRate(DemoDataset data, string touchpoint) =>
        SampleStatistics.Rate(data.Interactions.Where(r => r.Touchpoint == touchpoint).Select(r => r.Flag("success")!.Value));
}
