using BenchmarkDotNet.Attributes;
using Pathlight.Drivers;

namespace Pathlight.Benchmarks.Drivers;

/// <summary>Johnson's relative weights, the approximation used above 15 drivers (one eigendecomposition).</summary>
[MemoryDiagnoser]
public class RelativeWeightsBenchmarks
{
    private double[,] _correlation = new double[2, 2];

    [Params(15, 40)]
    public int Drivers { get; set; }

    [GlobalSetup]
    public void Setup() => _correlation = CorrelationSample.Create(Drivers, Drivers);

    [Benchmark]
    public double[] RelativeWeights() => RelativeImportance.RelativeWeights(_correlation);
}
