using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Metrics;

// The worked example of docs/metrics.md, so the page cannot drift from the code.
public sealed class WorkedExampleTests
{
    [Fact]
    public void NpsOfTheExample() =>
        MeasureAssert.Equal(PerceptionMetrics.Nps([0, 0, 0, 1, 0, 1, 1, 1, 1, 3, 2]), 20, -30.326834394120785, 61.09606516335155, 10);

    [Fact]
    public void GapOfTheExample()
    {
        var gap = default(Moments);
        foreach (var x in new double[] { -2, -1, -1, 0, 1 }) gap = gap.Add(x);
        var measure = new ExpectationGap(gap, GapSource.Expectation).Measure;

        MeasureAssert.Equal(measure, -0.6, -2.0157147769822726, 0.8157147769822726, 5);
        Assert.Equal(LightAssessment.Grey, PerceptionLight.Assess(measure, JourneyOptions.Default));
        Assert.Equal(
            new LightAssessment(Light.Yellow, false, true),
            PerceptionLight.Assess(measure, JourneyOptions.Default with { MinSample = 5 }));
    }

    [Fact]
    public void MedianHandleTimeOfTheExample()
    {
        var times = new SortedDictionary<double, long>();
        foreach (var x in new double[] { 180, 200, 210, 230, 250, 260, 300, 320, 600 }) times[x] = 1;
        var kpi = new KpiDefinition("Median handle time", KpiKind.Median, KpiMeasure.DurationSeconds, 240, false);

        var value = MedianInterval.Of(times);

        MeasureAssert.Equal(value, 250, 200, 320, 9);
        Assert.Equal(Light.Yellow, KpiEvaluator.LightOf(kpi, value, JourneyOptions.Default with { MinSample = 9 }));
        Assert.Equal(Light.Grey, KpiEvaluator.LightOf(kpi, value, JourneyOptions.Default));
    }
}
