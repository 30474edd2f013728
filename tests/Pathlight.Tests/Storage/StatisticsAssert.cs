using Pathlight.Metrics;

namespace Pathlight.Tests.Storage;

/// <summary>Field-by-field equality of sufficient statistics, naming the group that differs.</summary>
public static class StatisticsAssert
{
    public static void Equal(ResponseStatistics expected, ResponseStatistics actual, string group)
    {
        Assert.True(expected.Responses == actual.Responses, $"{group}: {actual.Responses} responses, expected {expected.Responses}");
        Assert.Equal(expected.Nps, actual.Nps);
        Assert.Equal(expected.Csat, actual.Csat);
        Assert.Equal(expected.Ces, actual.Ces);
        Assert.Equal(expected.Gap, actual.Gap);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.Expectation, actual.Expectation);
        Assert.Equal(expected.ExpectationsMet, actual.ExpectationsMet);
        Assert.Equal(expected.WouldReturn, actual.WouldReturn);
        Assert.Equal(expected.WouldRecommend, actual.WouldRecommend);
    }
}
