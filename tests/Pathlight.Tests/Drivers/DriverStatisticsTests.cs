using Pathlight.Drivers;

namespace Pathlight.Tests.Drivers;

public sealed class DriverStatisticsTests
{
    [Fact]
    public void PairwiseMomentsUseTheRowsThatHaveBothValues()
    {
        var moments = new PairwiseMoments(3);
        moments.Add([1, 2, double.NaN]);
        moments.Add([2, 4, 1]);
        moments.Add([3, double.NaN, 5]);
        moments.Add([4, 8, 3]);

        // Variables 0 and 1 share rows 1, 2, 4: x = 1, 2, 4 (mean 7/3), y = 2, 4, 8: y = 2x, so r = 1.
        Assert.Equal(3, moments.Count(0, 1));
        Assert.Equal(7.0 / 3, moments.Mean(0, 1), 12);
        Assert.Equal(14.0 / 3, moments.Mean(1, 0), 12);
        Assert.Equal(1, moments.Correlation(0, 1), 12);
        // Variables 0 and 2 share rows 2, 3, 4: x = 2, 3, 4, z = 1, 5, 3; cov = ((−1)(−2) + 0·2 + 1·0) / 2 = 1,
        // var x = 1, var z = (4 + 4 + 0) / 2 = 4, r = 1 / √4 = 0.5.
        Assert.Equal(1, moments.Covariance(0, 2), 12);
        Assert.Equal(0.5, moments.Correlation(0, 2), 12);
        Assert.Equal(4, moments.Count(0, 0));
        Assert.Equal(2.5, moments.Mean(0, 0), 12);
        Assert.Equal(4, moments.Rows);
    }

    [Fact]
    public void AConstantVariableHasNoCorrelation()
    {
        var moments = new PairwiseMoments(2);
        moments.Add([1, 5]);
        moments.Add([2, 5]);

        Assert.True(double.IsNaN(moments.Correlation(0, 1)));
        Assert.True(double.IsNaN(new PairwiseMoments(2).Mean(0, 1)));
    }

    [Fact]
    public void TheCorrelationIntervalIsFishersZ()
    {
        // z = atanh(0.5) = 0.549306, half width 1.96 / √(28 − 3) = 0.392; tanh(0.157306) and tanh(0.941306).
        var interval = CorrelationInterval.Of(0.5, 28)!.Value;

        Assert.Equal(0.15602133478739186, interval.Low, 12);
        Assert.Equal(0.7358217825567178, interval.High, 12);
        Assert.Null(CorrelationInterval.Of(0.5, 3));
    }

    [Fact]
    public void APositiveDefiniteMatrixIsLeftAlone()
    {
        double[,] matrix = { { 1, 0.5 }, { 0.5, 1 } };

        var (repaired, changed) = CorrelationRepair.Repair(matrix);

        Assert.False(changed);
        Assert.Same(matrix, repaired);
    }

    [Fact]
    public void AnInconsistentMatrixBecomesTheNearestCorrelationMatrix()
    {
        // Three variables cannot be pairwise correlated 0.9, 0.9 and −0.9: the eigenvalues are 2.8, 1.9, −1.7.
        double[,] matrix = { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } };
        Assert.True(CorrelationRepair.SmallestEigenvalue(matrix) < 0);

        var (repaired, changed) = CorrelationRepair.Repair(matrix);

        Assert.True(changed);
        Assert.True(CorrelationRepair.SmallestEigenvalue(repaired) >= CorrelationRepair.MinEigenvalue);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, repaired[i, i], 12);
            for (var j = 0; j < 3; j++) Assert.Equal(repaired[i, j], repaired[j, i], 12);
        }

        // The signs survive and the repair moves the entries no further than needed to make them consistent.
        Assert.InRange(repaired[0, 1], 0.3, 0.9);
        Assert.InRange(repaired[1, 2], -0.9, -0.3);
    }

    [Theory]
    [InlineData(true, false, DriverQuadrant.FixFirst)]
    [InlineData(true, true, DriverQuadrant.KeepUp)]
    [InlineData(false, true, DriverQuadrant.PossibleOverkill)]
    [InlineData(false, false, DriverQuadrant.LowPriority)]
    public void QuadrantsFollowImportanceAndPerformance(bool important, bool performing, DriverQuadrant expected) =>
        Assert.Equal(expected, DriverAnalysis.Quadrant(important, performing));

    [Theory]
    [InlineData(null, DriverOutcome.Recommend)]
    [InlineData("RETURN", DriverOutcome.Return)]
    [InlineData(" nps ", DriverOutcome.Nps)]
    [InlineData("churn", DriverOutcome.Churn)]
    public void OutcomesAreReadByName(string? name, DriverOutcome expected) => Assert.Equal(expected, DriverOutcomes.Parse(name));

    [Fact]
    public void AnUnknownOutcomeSaysWhichOnesExist()
    {
        var e = Assert.Throws<PathlightException>(() => DriverOutcomes.Parse("happiness"));
        Assert.Contains("recommend, return, nps, churn", e.Message, StringComparison.Ordinal);
    }
}
