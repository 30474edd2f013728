using Pathlight.Metrics;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Metrics;

public sealed class ThreeQuestionsTests
{
    // Met 8/10, return 9/10, recommend 10/10: pooled 27/30 = 90%, which is not above the 90% target.
    [Fact]
    public void AffirmativePoolsAllAnswers()
    {
        var statistics = new ResponseStatistics
        {
            ExpectationsMet = new YesNo(8, 2),
            WouldReturn = new YesNo(9, 1),
            WouldRecommend = new YesNo(10, 0),
        };

        var questions = ThreeQuestions.Of(statistics);

        MeasureAssert.Equal(questions.Met, 80, 49.01568467207234, 94.33190520193067, 10);
        MeasureAssert.Equal(questions.Return, 90, 59.58436145024279, 98.21242504842789, 10);
        MeasureAssert.Equal(questions.Recommend, 100, 72.24598312333834, 100, 10);
        MeasureAssert.Equal(questions.Affirmative, 90, 74.37855868473338, 96.54007400402838, 30);
        Assert.False(questions.OnTrack);
    }

    [Fact]
    public void AboveNinetyPercentIsOnTrack()
    {
        var statistics = new ResponseStatistics { ExpectationsMet = new YesNo(28, 2) };

        Assert.True(ThreeQuestions.Of(statistics).OnTrack);
    }

    [Fact]
    public void NoAnswersLeaveEverythingNull()
    {
        var questions = ThreeQuestions.Of(new ResponseStatistics());

        Assert.Null(questions.Met);
        Assert.Null(questions.Return);
        Assert.Null(questions.Recommend);
        Assert.Null(questions.Affirmative);
        Assert.Null(questions.OnTrack);
    }
}
