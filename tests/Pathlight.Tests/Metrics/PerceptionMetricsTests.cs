using Pathlight.Metrics;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Metrics;

public sealed class PerceptionMetricsTests
{
    // Promoters 9–10: 6 + 4 = 10; detractors 0–6: 1 + 1 + 2 = 4; passives 7–8: 6. Same case as the NPS kernel test.
    [Fact]
    public void NpsCountsPromotersAndDetractorsFromHistogram() =>
        MeasureAssert.Equal(
            PerceptionMetrics.Nps([1, 0, 0, 0, 0, 1, 2, 3, 3, 6, 4]),
            30, -5.724117648718545, 57.898030692196806, 20);

    [Fact]
    public void SixIsADetractorAndSevenIsNot() =>
        Assert.Equal(-50, PerceptionMetrics.Nps([0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0])!.Value, 1e-12);

    // Top-two box: 4s and 5s = 5 + 3 = 8 of 10, the Wilson 8/10 case.
    [Fact]
    public void CsatIsTopTwoBoxWithWilson() =>
        MeasureAssert.Equal(PerceptionMetrics.Csat([1, 0, 1, 5, 3]), 80, 49.01568467207234, 94.33190520193067, 10);

    // Scores 1, 2, 3, 4, 5: mean 3, s² = 10/4 = 2.5, se = sqrt(0.5), half = 2.7764451051977944·0.7071068 = 1.9632432.
    [Fact]
    public void CesIsMeanWithTInterval() =>
        MeasureAssert.Equal(PerceptionMetrics.Ces([1, 1, 1, 1, 1, 0, 0]), 3, 1.0367568385224423, 4.963243161477558, 5);

    [Fact]
    public void EmptyHistogramsHaveNoMeasures()
    {
        Assert.Null(PerceptionMetrics.Nps(new long[11]));
        Assert.Null(PerceptionMetrics.Csat(new long[5]));
        Assert.Null(PerceptionMetrics.Ces(new long[7]));
    }

    [Fact]
    public void WrongHistogramLengthIsRejected() =>
        Assert.Throws<ArgumentException>(() => PerceptionMetrics.Csat(new long[7]));
}
