using Pathlight.Statistics;

namespace Pathlight.Tests.Statistics;

public sealed class MedianIntervalTests
{
    // Sorted: 10, 20, 20, 30, 30, 30, 40, 40, 50, 60. Median (x5 + x6)/2 = 30.
    // Binomial(10, ½): P(B ≤ 0) = 1/1024, P(B ≤ 1) = 11/1024 ≈ 1.07%, P(B ≤ 2) = 56/1024 ≈ 5.47%,
    // so l − 1 = 1, l = 2 and the interval is [x2, x9] = [20, 50].
    [Fact]
    public void EvenSampleUsesOrderStatistics() =>
        MeasureAssert.Equal(MedianInterval.Of(Histogram((10, 1), (20, 2), (30, 3), (40, 2), (50, 1), (60, 1))), 30, 20, 50, 10);

    // Sorted: 1, 2, 3, 4, 100, 200, 300. P(B ≤ 0) = 1/128 ≤ 2.5% < P(B ≤ 1) = 8/128, so l = 1: [x1, x7].
    [Fact]
    public void OddSampleTakesTheMiddleValue() =>
        MeasureAssert.Equal(MedianInterval.Of(Histogram((1, 1), (2, 1), (3, 1), (4, 1), (100, 1), (200, 1), (300, 1))), 4, 1, 300, 7);

    [Fact]
    public void EvenSampleAveragesTheMiddlePair() =>
        MeasureAssert.Equal(MedianInterval.Of(Histogram((1, 3), (2, 1), (5, 2))), 1.5, 1, 5, 6);

    // 2·0.5⁵ = 6.25% > 5%: five observations cannot give 95% coverage.
    [Fact]
    public void FiveObservationsHaveNoInterval() =>
        MeasureAssert.Equal(MedianInterval.Of(Histogram((1, 2), (2, 3))), 2, null, null, 5);

    [Fact]
    public void EmptyHistogramHasNoMeasure() => Assert.Null(MedianInterval.Of([]));

    // Classic table values: n = 6 → 1, n = 20 → 6 (P(B ≤ 5) = 2.07%, P(B ≤ 6) = 5.77%), n = 100 → 40.
    [Theory]
    [InlineData(6, 1)]
    [InlineData(10, 2)]
    [InlineData(20, 6)]
    [InlineData(100, 40)]
    public void LowerRankMatchesBinomialTable(long n, long expected) => Assert.Equal(expected, MedianInterval.LowerRank(n));

    [Theory]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    [InlineData(100_000_000)]
    public void NormalApproximationStaysWithinOneRankOfExact(long n) =>
        Assert.InRange(MedianInterval.ApproximateLowerRank(n) - MedianInterval.LowerRank(n), -1, 1);

    [Fact]
    public void HugeSampleStillHasInterval()
    {
        var median = MedianInterval.Of(Histogram((1, 2_000_000_000), (2, 2_000_000_000), (3, 1)));

        MeasureAssert.Equal(median, 2, 1, 2, 4_000_000_001);
    }

    private static SortedDictionary<double, long> Histogram(params (double Value, long Count)[] entries)
    {
        var histogram = new SortedDictionary<double, long>();
        foreach (var (value, count) in entries) histogram[value] = count;
        return histogram;
    }
}
