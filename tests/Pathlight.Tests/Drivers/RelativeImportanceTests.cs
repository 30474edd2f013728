using Pathlight.Drivers;

namespace Pathlight.Tests.Drivers;

public sealed class RelativeImportanceTests
{
    // Outcome, driver 1, driver 2: r_y1 = 0.5, r_y2 = 0.4, r_12 = 0.3.
    private static readonly double[,] TwoDrivers = { { 1, 0.5, 0.4 }, { 0.5, 1, 0.3 }, { 0.4, 0.3, 1 } };

    [Fact]
    public void TwoDriversSplitRSquaredByHand()
    {
        // R²(1) = 0.25, R²(2) = 0.16, R²(1,2) = (0.25 + 0.16 − 2·0.5·0.4·0.3) / (1 − 0.3²) = 0.29 / 0.91.
        // LMG_1 = ½ (0.25 + (0.29/0.91 − 0.16)), LMG_2 = ½ (0.16 + (0.29/0.91 − 0.25)).
        var full = 0.29 / 0.91;

        var subsets = RelativeImportance.AllSubsetRSquared(TwoDrivers);
        var lmg = RelativeImportance.Lmg(TwoDrivers);

        Assert.Equal([0, 0.25, 0.16, full], subsets, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(0.5 * (0.25 + full - 0.16), lmg[0], 12);
        Assert.Equal(0.5 * (0.16 + full - 0.25), lmg[1], 12);
        Assert.Equal(full, RelativeImportance.RSquared(TwoDrivers), 12);
    }

    [Fact]
    public void UncorrelatedDriversGetTheirSquaredCorrelationByEitherMethod()
    {
        double[,] independent = { { 1, 0.6, 0.2 }, { 0.6, 1, 0 }, { 0.2, 0, 1 } };

        Assert.Equal([0.36, 0.04], RelativeImportance.Lmg(independent), (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal([0.36, 0.04], RelativeImportance.RelativeWeights(independent), (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void LmgSharesSumToRSquared()
    {
        var report = DriverAnalysis.Analyze(SyntheticDrivers.Journey(8), DriverOutcome.Nps,
            SyntheticDrivers.Sample(11, 1500, [0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0, 0], skip: 0.3), null, null);

        Assert.Equal(ImportanceMethod.Lmg, report.Method);
        Assert.Equal(8, report.Drivers.Count);
        Assert.Equal(report.R2!.Value, report.Drivers.Sum(d => d.Importance), 10);
        Assert.Equal(1, report.Drivers.Sum(d => d.Share), 10);
    }

    [Fact]
    public void AboveFifteenDriversJohnsonsWeightsSumToRSquared()
    {
        var weights = Enumerable.Range(0, 20).Select(j => 0.05 * (20 - j)).ToArray();

        var report = DriverAnalysis.Analyze(SyntheticDrivers.Journey(20), DriverOutcome.Nps,
            SyntheticDrivers.Sample(5, 2000, weights, skip: 0.2, noise: 3), null, null);

        Assert.Equal(ImportanceMethod.RelativeWeights, report.Method);
        Assert.Equal(20, report.Drivers.Count);
        Assert.Equal(report.R2!.Value, report.Drivers.Sum(d => d.Importance), 10);
        Assert.Equal(SyntheticDrivers.Id(0), report.Drivers[0].TouchpointId);
    }

    [Fact]
    public void JohnsonsWeightsOfACompleteCorrelationMatrixSumToItsRSquared()
    {
        var sample = SyntheticDrivers.Sample(3, 800, [.. Enumerable.Repeat(0.2, 17)]);
        var matrix = new double[18, 18];
        for (var i = 0; i < 18; i++)
        {
            for (var j = 0; j < 18; j++) matrix[i, j] = sample.Pairwise.Correlation(i, j);
        }

        var weights = RelativeImportance.RelativeWeights(matrix);

        Assert.Equal(RelativeImportance.RSquared(matrix), weights.Sum(), 10);
        Assert.All(weights, w => Assert.True(w > 0));
        Assert.Throws<ArgumentException>(() => RelativeImportance.Lmg(matrix));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public void ThePlantedOrderOfWeightsIsRecovered(double skip)
    {
        // outcome = 0.6·a + 0.3·b + 0.1·c + noise, the three scores correlated through a common factor.
        var report = DriverAnalysis.Analyze(SyntheticDrivers.Journey(3), DriverOutcome.Nps,
            SyntheticDrivers.Sample(7, 3000, [0.6, 0.3, 0.1], skip), null, null);

        Assert.Equal(["t00", "t01", "t02"], report.Drivers.Select(d => d.TouchpointId));
        Assert.Equal([1, 2, 3], report.Drivers.Select(d => d.Rank));
        Assert.All(report.Drivers, d => Assert.True(d.RLow > 0, $"{d.TouchpointId} r interval {d.RLow}..{d.RHigh}"));
    }
}
