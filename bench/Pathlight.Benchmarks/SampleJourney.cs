using System.Globalization;
using System.Text;
using Pathlight.Journeys;

namespace Pathlight.Benchmarks;

/// <summary>A journey of N touchpoints in four stages, with expected scores from 5 to 8, as the benchmarks' subject.</summary>
internal static class SampleJourney
{
    private static readonly string[] Stages = ["discover", "buy", "use", "get-help"];

    public static Journey Create(int touchpoints)
    {
        var yaml = new StringBuilder("id: bench\nname: Benchmark journey\nstages:\n");
        foreach (var stage in Stages)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {stage}\n    name: {stage}\n");
        }

        yaml.Append("touchpoints:\n");
        for (var k = 0; k < touchpoints; k++)
        {
            yaml.Append(CultureInfo.InvariantCulture,
                $"  - id: {TouchpointId(k)}\n    name: Touchpoint {k + 1}\n    stage: {Stages[k * Stages.Length / touchpoints]}\n    channel: web\n    expected_score: {5 + (k % 4)}\n");
        }

        return JourneyFile.Parse(yaml.ToString(), "bench.journey.yaml");
    }

    public static string TouchpointId(int touchpoint) => "tp-" + (touchpoint + 1).ToString("D3", CultureInfo.InvariantCulture);
}
