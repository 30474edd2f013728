using Pathlight.Drivers;
using Pathlight.Tests.Storage;

namespace Pathlight.Tests.Drivers;

/// <summary>
/// Agreement with an independent computation: R's lm() over every subset of a fixed dataset of 300 customers with
/// five drivers (Reference/lmg_reference.R, whose output table is committed so the tests need no R).
/// </summary>
public sealed class LmgReferenceTests
{
    private const double Tolerance = 1e-6;

    private static readonly List<double[]> Rows = ReferenceFiles.Dataset();
    private static readonly Dictionary<(string Kind, string Name), double> R = ReferenceFiles.Reference();

    [Fact]
    public void TheDatasetIsTheOneTheReferenceWasComputedFrom()
    {
        Assert.Equal(300, Rows.Count);
        Assert.All(Rows, row => Assert.Equal(6, row.Length));
        Assert.Equal(32 + 5 + 5 + 1, R.Count);
    }

    [Fact]
    public void EverySubsetRSquaredMatchesLm()
    {
        var r2 = RelativeImportance.AllSubsetRSquared(Correlation());

        for (var mask = 0; mask < 32; mask++)
        {
            var members = ReferenceFiles.Drivers.Where((_, j) => (mask & (1 << j)) != 0).ToList();
            var name = members.Count == 0 ? "none" : string.Join('+', members);
            Assert.True(Math.Abs(R[("subset_r2", name)] - r2[mask]) < Tolerance, $"R² of {name}: R {R[("subset_r2", name)]}, ours {r2[mask]}");
        }
    }

    [Fact]
    public void LmgSharesMatchTheSharesFromLmsRSquared()
    {
        var lmg = RelativeImportance.Lmg(Correlation());

        for (var j = 0; j < 5; j++)
        {
            var name = ReferenceFiles.Drivers[j];
            Assert.True(Math.Abs(R[("lmg", name)] - lmg[j]) < Tolerance, $"LMG of {name}: R {R[("lmg", name)]}, ours {lmg[j]}");
        }

        Assert.True(Math.Abs(R[("r2", "all")] - lmg.Sum()) < Tolerance);
    }

    [Fact]
    public void TheFullAnalysisOfTheDatasetMatchesR()
    {
        var journey = TestJourneys.With("reference", "Reference", ReferenceFiles.Drivers);
        var sample = new DriverSample(5);
        foreach (var row in Rows) sample.Add(row[0], row.AsSpan(1));

        var report = DriverAnalysis.Analyze(journey, DriverOutcome.Nps, sample, null, null);

        Assert.Equal(ImportanceMethod.Lmg, report.Method);
        Assert.Equal(300, report.N);
        Assert.True(Math.Abs(R[("r2", "all")] - report.R2!.Value) < Tolerance);
        foreach (var driver in report.Drivers)
        {
            Assert.True(Math.Abs(R[("r", driver.TouchpointId)] - driver.R) < Tolerance, $"r of {driver.TouchpointId}");
            Assert.True(Math.Abs(R[("lmg", driver.TouchpointId)] - driver.Importance) < Tolerance, $"LMG of {driver.TouchpointId}");
            Assert.Equal(300, driver.N);
        }

        Assert.Equal(["a", "c", "b", "e", "d"], report.Drivers.Select(d => d.TouchpointId));
        Assert.False(report.Missing.Repaired);
        Assert.Null(report.From);
    }

    private static double[,] Correlation()
    {
        var moments = new PairwiseMoments(6);
        foreach (var row in Rows) moments.Add(row);
        var matrix = new double[6, 6];
        for (var i = 0; i < 6; i++)
        {
            for (var j = 0; j < 6; j++) matrix[i, j] = moments.Correlation(i, j);
        }

        return matrix;
    }
}
