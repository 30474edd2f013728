using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Metrics;

public sealed class KpiEvaluatorTests
{
    private static readonly JourneyOptions Options = JourneyOptions.Default;
    private static readonly KpiDefinition Conversion = new("Conversion", KpiKind.Rate, KpiMeasure.Success, 80, HigherIsBetter: true);
    private static readonly KpiDefinition HandleTime = new("Handle time", KpiKind.Median, KpiMeasure.DurationSeconds, 240, HigherIsBetter: false);

    // 24/30 = 80% meets 80; 22/30 = 73.3% misses by 6.7 ≤ 8 (10% of 80); 21/30 = 70% misses by 10 > 8.
    [Theory]
    [InlineData(24, Light.Green)]
    [InlineData(30, Light.Green)]
    [InlineData(22, Light.Yellow)]
    [InlineData(21, Light.Red)]
    public void RateHigherIsBetter(long successes, Light expected) =>
        Assert.Equal(expected, KpiEvaluator.Evaluate(Conversion, Rates(successes, 30), Options).Light);

    [Fact]
    public void RateIsWilsonOverFlaggedInteractions()
    {
        var statistics = Rates(24, 30);
        statistics.Count = 45;

        var result = KpiEvaluator.Evaluate(Conversion, statistics, Options);

        MeasureAssert.Equal(result.Value, 80, 62.69395261897256, 90.49502189759876, 30);
        Assert.Equal(new KpiResult("Conversion", KpiKind.Rate, KpiMeasure.Success, result.Value, 80, true, Light.Green), result);
    }

    // Target 240 s, lower is better, band 24 s: 240 green, 264 yellow (exactly 10% over), 265 red, 200 green.
    // 15 values below, the median, 15 above: n = 31, P(B ≤ 9) = 1.47% ≤ 2.5% < P(B ≤ 10) = 3.54%, so l = 10 and the
    // interval [x10, x22] runs from the value below to the value above.
    [Theory]
    [InlineData(200, Light.Green)]
    [InlineData(240, Light.Green)]
    [InlineData(264, Light.Yellow)]
    [InlineData(265, Light.Red)]
    public void MedianLowerIsBetter(double median, Light expected)
    {
        var statistics = new InteractionStatistics();
        statistics.DurationCounts[median - 10] = 15;
        statistics.DurationCounts[median] = 1;
        statistics.DurationCounts[median + 10] = 15;

        var result = KpiEvaluator.Evaluate(HandleTime, statistics, Options);

        MeasureAssert.Equal(result.Value, median, median - 10, median + 10, 31);
        Assert.Equal(expected, result.Light);
    }

    // Mean 100 against a target of 90 (lower is better): 11% over is red; 99 is within 10% and yellow.
    [Theory]
    [InlineData(100, Light.Red)]
    [InlineData(99, Light.Yellow)]
    [InlineData(90, Light.Green)]
    public void MeanLowerIsBetter(double mean, Light expected)
    {
        var kpi = new KpiDefinition("Order value", KpiKind.Mean, KpiMeasure.Value, 90, HigherIsBetter: false);
        var statistics = new InteractionStatistics { Value = new Moments(30, 30 * mean, 30 * mean * mean) };

        Assert.Equal(expected, KpiEvaluator.Evaluate(kpi, statistics, Options).Light);
    }

    [Fact]
    public void MeanHigherIsBetterWithTInterval()
    {
        var kpi = new KpiDefinition("Basket", KpiKind.Mean, KpiMeasure.DurationSeconds, 5, HigherIsBetter: true);
        var statistics = new InteractionStatistics();
        foreach (var x in new double[] { 1, 2, 3, 4, 5 }) statistics.Duration = statistics.Duration.Add(x);

        var result = KpiEvaluator.Evaluate(kpi, statistics, Options with { MinSample = 5 });

        MeasureAssert.Equal(result.Value, 3, 1.0367568385224423, 4.963243161477558, 5);
        Assert.Equal(Light.Red, result.Light);
    }

    [Fact]
    public void TooFewInteractionsAreGrey() =>
        Assert.Equal(Light.Grey, KpiEvaluator.Evaluate(Conversion, Rates(29, 29), Options).Light);

    [Fact]
    public void NoInteractionsAreGreyWithoutValue()
    {
        var result = KpiEvaluator.Evaluate(HandleTime, new InteractionStatistics(), Options);

        Assert.Null(result.Value);
        Assert.Equal(Light.Grey, result.Light);
    }

    private static InteractionStatistics Rates(long successes, long n) =>
        new() { Count = n, Success = new YesNo(successes, n - successes) };
}
