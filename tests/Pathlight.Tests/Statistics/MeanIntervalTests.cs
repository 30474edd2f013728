using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Tests.Statistics;

public sealed class MeanIntervalTests
{
    [Theory]
    [InlineData(1, 12.706204736174705)]
    [InlineData(2, 4.302652729749464)]
    [InlineData(4, 2.7764451051977944)]
    [InlineData(7, 2.3646242515927853)]
    [InlineData(29, 2.045229642132704)]
    public void QuantileMatchesStudentT(long degreesOfFreedom, double expected) =>
        Assert.Equal(expected, MeanInterval.Quantile(degreesOfFreedom), 1e-9);

    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, s² = 32/7,
    // se = sqrt(32/7/8) = sqrt(4/7), half = t(0.975, 7)·se = 2.3646242515927853·0.7559289... = 1.7874879...
    [Fact]
    public void SmallSampleHasTInterval()
    {
        var moments = default(Moments);
        foreach (var x in new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }) moments = moments.Add(x);

        MeasureAssert.Equal(MeanInterval.Of(moments), 5, 3.212512081763789, 6.787487918236211, 8);
    }

    [Fact]
    public void SingleValueHasNoInterval() =>
        MeasureAssert.Equal(MeanInterval.Of(default(Moments).Add(7)), 7, null, null, 1);

    [Fact]
    public void EmptySampleHasNoMeasure() => Assert.Null(MeanInterval.Of(default));

    [Fact]
    public void ConstantSampleHasZeroWidthInterval() =>
        MeasureAssert.Equal(MeanInterval.Of(new Moments(4, 12, 36)), 3, 3, 3, 4);
}
