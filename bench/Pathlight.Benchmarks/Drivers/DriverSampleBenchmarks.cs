using BenchmarkDotNet.Attributes;
using Pathlight.Drivers;

namespace Pathlight.Benchmarks.Drivers;

/// <summary>
/// Adding customers to a key-driver sample: the pairwise moments of the outcome and the drivers each customer rated.
/// This is the part of a driver analysis that grows with the number of customers. Customers come as a score per
/// driver (NaN where not rated), as the pivoting baseline reads them, or as just the drivers rated, as the store does.
/// </summary>
[MemoryDiagnoser]
public class DriverSampleBenchmarks
{
    private const int Customers = 10_000;

    private double[][] _scores = [];
    private int[][] _rated = [];
    private double[][] _ratedScores = [];
    private double[] _outcomes = [];

    [Params(15, 40)]
    public int Drivers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Drivers);
        _outcomes = new double[Customers];
        _scores = new double[Customers][];
        _rated = new int[Customers][];
        _ratedScores = new double[Customers][];
        for (var c = 0; c < Customers; c++)
        {
            _outcomes[c] = random.Next(11);
            // About half the touchpoints rated, as customers pass only some of them.
            _scores[c] = [.. Enumerable.Range(0, Drivers).Select(_ => random.Next(2) == 0 ? double.NaN : random.Next(11))];
            _rated[c] = [.. Enumerable.Range(0, Drivers).Where(j => !double.IsNaN(_scores[c][j]))];
            _ratedScores[c] = [.. _rated[c].Select(j => _scores[c][j])];
        }
    }

    [Benchmark(OperationsPerInvoke = Customers)]
    public DriverSample AddCustomer()
    {
        var sample = new DriverSample(Drivers);
        for (var c = 0; c < Customers; c++)
        {
            sample.Add(_outcomes[c], _scores[c]);
        }

        return sample;
    }

    [Benchmark(OperationsPerInvoke = Customers)]
    public DriverSample AddRatedDrivers()
    {
        var sample = new DriverSample(Drivers);
        for (var c = 0; c < Customers; c++)
        {
            sample.Add(_outcomes[c], _rated[c], _ratedScores[c]);
        }

        return sample;
    }
}
