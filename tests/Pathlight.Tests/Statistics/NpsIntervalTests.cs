using Pathlight.Statistics;

namespace Pathlight.Tests.Statistics;

public sealed class NpsIntervalTests
{
    // n = 20, P = 10, D = 4: NPS = 100·6/20 = 30.
    // n' = 23, p = 10.75/23, d = 4.75/23, p − d = 6/23 = 0.2608696, p + d = 15.5/23 = 0.6739130,
    // se = sqrt((0.6739130 − 0.0680529)/23) = sqrt(0.0263417) = 0.1623012, 1.96·se = 0.3181104,
    // interval = 100·(0.2608696 ∓ 0.3181104) = [−5.72412, 57.89803].
    [Fact]
    public void MixedSampleHasAdjustedWaldInterval() =>
        MeasureAssert.Equal(NpsInterval.Of(10, 4, 20), 30, -5.724117648718545, 57.898030692196806, 20);

    // n' = 4, p = 1.75/4 = 0.4375, d = 0.75/4 = 0.1875, p − d = 0.25,
    // se = sqrt((0.625 − 0.0625)/4) = 0.375, 1.96·se = 0.735: [−48.5, 98.5] while the point estimate is 100.
    [Fact]
    public void PointEstimateIsUnadjusted() =>
        MeasureAssert.Equal(NpsInterval.Of(1, 0, 1), 100, -48.5, 98.5, 1);

    // n' = 13, p − d = 10/13, upper bound 106.343 before clamping.
    [Fact]
    public void AllPromotersClampAtOneHundred() =>
        MeasureAssert.Equal(NpsInterval.Of(10, 0, 10), 100, 47.503010944173951, 100, 10);

    [Fact]
    public void AllDetractorsClampAtMinusOneHundred() =>
        MeasureAssert.Equal(NpsInterval.Of(0, 10, 10), -100, -100, -47.503010944173951, 10);

    [Fact]
    public void EmptySampleHasNoMeasure() => Assert.Null(NpsInterval.Of(0, 0, 0));
}
