namespace Pathlight.Tests.Demo;

public sealed class SampleStatisticsTests
{
    [Fact]
    public void MeanIntervalUsesStudentT()
    {
        // 1..5: mean 3, s² = 10/4 = 2.5, se = sqrt(2.5/5) = 0.70711, t(4, 0.975) = 2.776445, half = 1.963243.
        var (mean, low, high) = SampleStatistics.MeanInterval([1, 2, 3, 4, 5]);
        Assert.Equal(3, mean, 10);
        Assert.Equal(1.036757, low, 5);
        Assert.Equal(4.963243, high, 5);
    }

    [Fact]
    public void PearsonMatchesHandComputation() =>
        // x 1,2,3 and y 2,4,7: sxy = 5, sxx = 2, syy = 38/3, r = 5 / sqrt(76/3) = 0.99340.
        Assert.Equal(0.99340, SampleStatistics.Pearson([1, 2, 3], [2, 4, 7]), 4);

    [Fact]
    public void MedianAveragesTheMiddlePair()
    {
        Assert.Equal(2.5, SampleStatistics.Median([4, 1, 3, 2]));
        Assert.Equal(3, SampleStatistics.Median([5, 3, 1]));
    }
}
