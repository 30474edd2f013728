using BenchmarkDotNet.Attributes;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Benchmarks.Statistics;

/// <summary>The three interval kernels every figure of the scorecard goes through, at small and large samples.</summary>
[MemoryDiagnoser]
public class IntervalBenchmarks
{
    private Moments _moments;

    [Params(30, 10_000, 10_000_000)]
    public long N { get; set; }

    [GlobalSetup]
    public void Setup() => _moments = new Moments(N, N * 6.8, N * 52.1);

    [Benchmark]
    public Measure? Wilson() => WilsonInterval.Percent(N * 7 / 10, N);

    [Benchmark]
    public Measure? Nps() => NpsInterval.Of(N * 45 / 100, N * 20 / 100, N);

    [Benchmark]
    public Measure? MeanT() => MeanInterval.Of(_moments);
}
