using Pathlight.Statistics;

namespace Pathlight.Tests.Statistics;

public sealed class WilsonIntervalTests
{
    // p = 0.8, z² = 3.8416, denominator = 1 + z²/10 = 1.38416,
    // centre = (0.8 + z²/20) / 1.38416 = 0.99208 / 1.38416 = 0.716738...,
    // half = 1.96·sqrt(0.8·0.2/10 + z²/400) / 1.38416 = 1.96·sqrt(0.025604) / 1.38416 = 0.226581...
    [Fact]
    public void EightOfTenIsFortyNineToNinetyFour() =>
        MeasureAssert.Equal(WilsonInterval.Percent(8, 10), 80, 49.01568467207234, 94.33190520193067, 10);

    [Fact]
    public void OneOfTwoIsSymmetricAroundFifty() =>
        MeasureAssert.Equal(WilsonInterval.Percent(1, 2), 50, 9.452865480086613, 90.54713451991339, 2);

    // p = 0: centre = half = (z²/20)/1.38416, so the low bound is exactly 0 and the high one 2·centre.
    [Fact]
    public void NoneOfTenStartsAtZero() =>
        MeasureAssert.Equal(WilsonInterval.Percent(0, 10), 0, 0, 27.754016876661658, 10);

    [Fact]
    public void AllOfTenEndsAtOneHundred() =>
        MeasureAssert.Equal(WilsonInterval.Percent(10, 10), 100, 72.24598312333834, 100, 10);

    [Fact]
    public void EmptySampleHasNoMeasure() => Assert.Null(WilsonInterval.Percent(0, 0));

    [Fact]
    public void MoreSuccessesThanObservationsAreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Percent(3, 2));
}
