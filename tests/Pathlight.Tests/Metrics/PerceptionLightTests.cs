using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Tests.Metrics;

public sealed class PerceptionLightTests
{
    private static readonly JourneyOptions Options = JourneyOptions.Default;

    [Fact]
    public void NoGapIsGrey() => Assert.Equal(LightAssessment.Grey, PerceptionLight.Assess(null, Options));

    [Fact]
    public void TooFewAnswersAreGreyEvenWhenClearlyBelow() =>
        Assert.Equal(LightAssessment.Grey, PerceptionLight.Assess(new Measure(-5, -6, -4, 29), Options));

    [Fact]
    public void ZeroGapIsGreen() =>
        Assert.Equal(new LightAssessment(Light.Green, false, false), PerceptionLight.Assess(new Measure(0, 0, 0, 30), Options));

    [Fact]
    public void GapOfMinusToleranceIsYellow() =>
        Assert.Equal(new LightAssessment(Light.Yellow, false, false), PerceptionLight.Assess(new Measure(-1.0, -1.0, -1.0, 30), Options));

    [Fact]
    public void GapJustBelowMinusToleranceIsRed() =>
        Assert.Equal(Light.Red, PerceptionLight.Assess(new Measure(-1.0000001, -1.2, -1.0000001, 30), Options).Light);

    [Fact]
    public void GapJustBelowZeroIsYellow() =>
        Assert.Equal(Light.Yellow, PerceptionLight.Assess(new Measure(-1e-9, -0.2, -1e-9, 30), Options).Light);

    [Fact]
    public void GapOfWowThresholdIsGreenAndWow() =>
        Assert.Equal(new LightAssessment(Light.Green, true, false), PerceptionLight.Assess(new Measure(1.0, 0.5, 1.5, 30), Options));

    [Fact]
    public void GapJustBelowWowThresholdIsNoWow() =>
        Assert.False(PerceptionLight.Assess(new Measure(0.999, 0.5, 1.5, 30), Options).Wow);

    [Fact]
    public void IntervalAcrossZeroIsUncertain() =>
        Assert.Equal(new LightAssessment(Light.Yellow, false, true), PerceptionLight.Assess(new Measure(-0.5, -0.9, 0.3, 30), Options));

    [Fact]
    public void IntervalAcrossMinusToleranceIsUncertain() =>
        Assert.True(PerceptionLight.Assess(new Measure(-1.5, -2, -0.9, 30), Options).Uncertain);

    // A boundary value belongs to the band above it, so [−0.9, 0] reaches green while [0, 0.9] never leaves it.
    [Fact]
    public void IntervalEndingExactlyOnABoundaryCrossesIt()
    {
        Assert.True(PerceptionLight.Assess(new Measure(-0.5, -0.9, 0, 30), Options).Uncertain);
        Assert.False(PerceptionLight.Assess(new Measure(0.5, 0, 0.9, 30), Options).Uncertain);
    }

    [Fact]
    public void IntervalInsideOneBandIsCertain() =>
        Assert.False(PerceptionLight.Assess(new Measure(-0.5, -0.9, -0.1, 30), Options).Uncertain);

    [Fact]
    public void ShownLightWithoutIntervalIsUncertain()
    {
        var options = Options with { MinSample = 1 };

        Assert.Equal(new LightAssessment(Light.Green, true, true), PerceptionLight.Assess(new Measure(2, null, null, 1), options));
    }

    [Fact]
    public void CustomThresholdsApply()
    {
        var options = Options with { MinSample = 5, Tolerance = 0.5, WowThreshold = 2 };

        Assert.Equal(Light.Red, PerceptionLight.Assess(new Measure(-0.6, -0.7, -0.55, 5), options).Light);
        Assert.False(PerceptionLight.Assess(new Measure(1.5, 1.4, 1.6, 5), options).Wow);
    }
}
