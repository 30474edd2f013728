using BenchmarkDotNet.Attributes;
using Pathlight.Drivers;

namespace Pathlight.Benchmarks.Drivers;

/// <summary>
/// Adding customers to a key-driver sample: the pairwise moments of the outcome and every driver, per customer. This
/// is the part of a driver analysis that grows with the number of customers.
/// </summary>
[MemoryDiagnoser]
public class DriverSampleBenchmarks
{
    private const int Customers = 10_000;

    private double[][] _scores = [];
    private double[] _outcomes = [];

    [Params(15, 40)]
    public int Drivers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Drivers);
        _outcomes = new double[Customers];
        _scores = new double[Customers][];
        for (var c = 0; c < Customers; c++)
        {
            _outcomes[c] = random.Next(11);
            // About half the touchpoints rated, as customers pass only some of them.
            _scores[c] = [.. Enumerable.Range(0, Drivers).Select(_ => random.Next(2) == 0 ? double.NaN : random.Next(11))];
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
}
