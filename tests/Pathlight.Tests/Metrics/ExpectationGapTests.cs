using Pathlight.Metrics;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Metrics;

public sealed class ExpectationGapTests
{
    [Fact]
    public void ExpectationAnswersComeFirst()
    {
        var statistics = new ResponseStatistics
        {
            Gap = new Moments(2, -2, 2),
            Score = new Moments(3, 27, 243),
        };

        var gap = ExpectationGap.Of(statistics, expectedScore: 5);

        Assert.NotNull(gap);
        Assert.Equal(GapSource.Expectation, gap.Source);
        Assert.Equal(new Moments(2, -2, 2), gap.Moments);
    }

    // Scores 6, 7, 8 against an expected 8: gaps −2, −1, 0, mean −1, s² = 1, se = sqrt(1/3),
    // half = t(0.975, 2)·0.5773503 = 4.3026527·0.5773503 = 2.4841377; the interval of the score mean, shifted.
    [Fact]
    public void WithoutExpectationAnswersTheExpectedScoreIsUsed()
    {
        var statistics = new ResponseStatistics { Score = default(Moments).Add(6).Add(7).Add(8) };

        var gap = ExpectationGap.Of(statistics, expectedScore: 8);

        Assert.NotNull(gap);
        Assert.Equal(GapSource.ExpectedScore, gap.Source);
        MeasureAssert.Equal(gap.Measure, -1, -3.484137711750331, 1.484137711750331, 3);
    }

    [Fact]
    public void NoExpectationAnswersAndNoExpectedScoreMeansNoGap()
    {
        var statistics = new ResponseStatistics { Score = default(Moments).Add(6) };

        Assert.Null(ExpectationGap.Of(statistics, expectedScore: null));
        Assert.Null(ExpectationGap.Of(new ResponseStatistics(), expectedScore: 7));
    }

    [Fact]
    public void PoolingAddsMomentsAndMarksMixedSources()
    {
        var fromAnswers = new ExpectationGap(new Moments(2, 1, 1), GapSource.Expectation);
        var fromExpected = new ExpectationGap(new Moments(3, -3, 5), GapSource.ExpectedScore);

        var pooled = ExpectationGap.Pool([fromAnswers, null, fromExpected]);

        Assert.NotNull(pooled);
        Assert.Equal(new Moments(5, -2, 6), pooled.Moments);
        Assert.Equal(GapSource.Mixed, pooled.Source);
    }

    [Fact]
    public void PoolingOneSourceKeepsIt()
    {
        var gap = new ExpectationGap(new Moments(2, 1, 1), GapSource.ExpectedScore);

        Assert.Equal(GapSource.ExpectedScore, ExpectationGap.Pool([gap, gap])!.Source);
        Assert.Null(ExpectationGap.Pool([null, null]));
    }
}
