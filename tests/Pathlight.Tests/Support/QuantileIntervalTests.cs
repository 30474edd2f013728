using Pathlight.Statistics;
using Pathlight.Support;

namespace Pathlight.Tests.Support;

public sealed class QuantileIntervalTests
{
    // B ~ Binomial(40, 0.9): P(B ≤ 31) = 0.01550 ≤ 2.5% < P(B ≤ 32) = 0.04190, so l = 32; P(B ≥ 40) = 0.9⁴⁰ = 0.01478 ≤ 2.5%
    // while P(B ≥ 39) = 0.9⁴⁰ + 40·0.1·0.9³⁹ = 0.08047, so u = 40. Coverage P(32 ≤ B ≤ 39) = 0.96972.
    [Fact]
    public void NinetiethPercentileRanksOfFortyAreThirtyTwoAndForty()
    {
        Assert.Equal((32L, 40L), Unwrap(QuantileInterval.Ranks(40, 0.9)));
    }

    // n = 36 is the first size with an upper rank: 0.9³⁶ = 0.02253 ≤ 2.5% (u = 36), and l = 29 (P(B ≤ 28) = 0.02351).
    // At n = 35, 0.9³⁵ = 0.02503 is just above 2.5%, so there is no upper rank.
    [Fact]
    public void NinetiethPercentileNeedsThirtySixObservationsForAnUpperBound()
    {
        Assert.Equal((29L, 36L), Unwrap(QuantileInterval.Ranks(36, 0.9)));
        Assert.Equal(28L, QuantileInterval.Ranks(35, 0.9).Lower);
        Assert.Null(QuantileInterval.Ranks(35, 0.9).Upper);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(17)]
    [InlineData(100)]
    [InlineData(1001)]
    public void AtOneHalfTheRanksAreTheMedians(long n)
    {
        var (lower, upper) = QuantileInterval.Ranks(n, 0.5);

        var l = MedianInterval.LowerRank(n);
        Assert.Equal(l, lower);
        Assert.Equal(n - l + 1, upper);
    }

    [Fact]
    public void NinetiethPercentileOfOneToFortyIsThirtySixBetweenThirtyTwoAndForty()
    {
        var counts = new SortedDictionary<double, long>();
        for (var hours = 1; hours <= 40; hours++) counts[hours] = 1;

        var p90 = QuantileInterval.Of(counts, 0.9)!;

        // x₍⌈0.9·40⌉₎ = x₍₃₆₎ = 36, interval [x₍₃₂₎, x₍₄₀₎].
        Assert.Equal(new Measure(36, 32, 40, 40), p90);
    }

    [Fact]
    public void RanksAreReadThroughRepeatedValues()
    {
        // 20 × 1 h, 15 × 5 h, 5 × 50 h: x₍₃₆₎ = 50 (ranks 36–40 are 50), x₍₃₂₎ = 5.
        var counts = new SortedDictionary<double, long> { [1] = 20, [5] = 15, [50] = 5 };

        Assert.Equal(new Measure(50, 5, 50, 40), QuantileInterval.Of(counts, 0.9));
    }

    [Fact]
    public void SmallSamplesHaveAValueButNoInterval()
    {
        var p90 = QuantileInterval.Of(new SortedDictionary<double, long> { [2] = 1, [10] = 1 }, 0.9)!;

        // x₍⌈1.8⌉₎ = x₍₂₎ = 10.
        Assert.Equal(new Measure(10, null, null, 2), p90);
    }

    [Fact]
    public void AnEmptyHistogramHasNoQuantile() => Assert.Null(QuantileInterval.Of([], 0.9));

    private static (long, long) Unwrap((long? Lower, long? Upper) ranks) => (ranks.Lower!.Value, ranks.Upper!.Value);
}
