using BenchmarkDotNet.Attributes;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Benchmarks.Metrics;

/// <summary>A touchpoint's perception metrics from its sufficient statistics: NPS, CSAT, CES, the gap and its light.</summary>
[MemoryDiagnoser]
public class PerceptionBenchmarks
{
    private ResponseStatistics _statistics = new();
    private readonly JourneyOptions _options = JourneyOptions.Default;

    [Params(1_000, 1_000_000)]
    public long Responses { get; set; }

    [GlobalSetup]
    public void Setup() => _statistics = SampleStatistics.Create(Responses, 6.5, 7);

    [Benchmark]
    public Measure? Nps() => PerceptionMetrics.Nps(_statistics.Nps);

    [Benchmark]
    public Measure? Csat() => PerceptionMetrics.Csat(_statistics.Csat);

    [Benchmark]
    public Measure? Ces() => PerceptionMetrics.Ces(_statistics.Ces);

    [Benchmark]
    public LightAssessment GapAndLight() => PerceptionLight.Assess(ExpectationGap.Of(_statistics, 7)?.Measure, _options);

    [Benchmark]
    public ThreeQuestions Questions() => ThreeQuestions.Of(_statistics);
}
