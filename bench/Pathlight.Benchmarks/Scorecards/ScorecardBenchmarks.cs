using BenchmarkDotNet.Attributes;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Scorecards;

namespace Pathlight.Benchmarks.Scorecards;

/// <summary>The whole scorecard (touchpoint, stage and journey cards with every interval and light) from statistics.</summary>
[MemoryDiagnoser]
public class ScorecardBenchmarks
{
    private Journey _journey = SampleJourney.Create(1);
    private JourneyStatistics _statistics = new();

    [Params(10, 40)]
    public int Touchpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _journey = SampleJourney.Create(Touchpoints);
        _statistics = new JourneyStatistics();
        for (var k = 0; k < Touchpoints; k++)
        {
            _statistics.Responses[SampleJourney.TouchpointId(k)] = SampleStatistics.Create(250_000, 4.5 + (k % 5), k);
        }

        _statistics.Relationship.Merge(SampleStatistics.Create(1_000_000, 6.5, -1));
    }

    [Benchmark]
    public Scorecard Build() => ScorecardBuilder.Build(_journey, _statistics, null, null);
}
