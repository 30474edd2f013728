using Pathlight.Support;

namespace Pathlight.Tests.Support;

public sealed class PoissonRateIntervalTests
{
    // Garwood's exact limits are the gamma quantiles Γ⁻¹(0.025; k, 1) and Γ⁻¹(0.975; k + 1, 1); for small k they are
    // the familiar table values, e.g. k = 3 → 0.6187 to 8.7673, k = 10 → 4.7954 to 18.3904.
    [Theory]
    [InlineData(0, 0.0, 3.688879)]
    [InlineData(3, 0.618672, 8.767273)]
    [InlineData(10, 4.795389, 18.390356)]
    public void CountIntervalIsGarwoods(long events, double low, double high)
    {
        var (actualLow, actualHigh) = PoissonRateInterval.CountInterval(events);

        Assert.Equal(low, actualLow, 5);
        Assert.Equal(high, actualHigh, 5);
    }

    [Fact]
    public void RatePerThousandScalesTheCountInterval()
    {
        // 3 cases in 8 interactions: 1000 · 3/8 = 375, bounds 0.618672 · 125 and 8.767273 · 125.
        var rate = PoissonRateInterval.PerThousand(3, 8)!;

        Assert.Equal(375, rate.Value, 9);
        Assert.Equal(77.334015362, rate.Low!.Value, 5);
        Assert.Equal(1095.909134, rate.High!.Value, 5);
        Assert.Equal(8, rate.N);
    }

    [Fact]
    public void NoCasesStillHasAnUpperBound()
    {
        var rate = PoissonRateInterval.PerThousand(0, 1000)!;

        Assert.Equal(0, rate.Value);
        Assert.Equal(0, rate.Low);
        Assert.Equal(3.688879, rate.High!.Value, 5);
    }

    [Fact]
    public void NoInteractionsHasNoRate() => Assert.Null(PoissonRateInterval.PerThousand(2, 0));
}
