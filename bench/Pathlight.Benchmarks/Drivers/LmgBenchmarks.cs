using BenchmarkDotNet.Attributes;
using Pathlight.Drivers;

namespace Pathlight.Benchmarks.Drivers;

/// <summary>The exact Shapley decomposition of R² (LMG): 2^p subset regressions, used up to 15 drivers.</summary>
[MemoryDiagnoser]
public class LmgBenchmarks
{
    private double[,] _correlation = new double[2, 2];

    [Params(10, 12, 15)]
    public int Drivers { get; set; }

    [GlobalSetup]
    public void Setup() => _correlation = CorrelationSample.Create(Drivers, Drivers);

    [Benchmark]
    public double[] Lmg() => RelativeImportance.Lmg(_correlation);
}
