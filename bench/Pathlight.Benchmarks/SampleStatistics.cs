using Pathlight.Facts;
using Pathlight.Metrics;

namespace Pathlight.Benchmarks;

/// <summary>Response statistics of a realistic shape, made from generated responses with a fixed seed.</summary>
internal static class SampleStatistics
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>The statistics of <paramref name="responses"/> answers around <paramref name="quality"/> (0–10).</summary>
    public static ResponseStatistics Create(long responses, double quality, int seed)
    {
        var random = new Random(seed);
        var statistics = new ResponseStatistics();
        // Statistics merge exactly, so a few thousand generated answers scaled up stand for any number of them.
        var sample = (int)Math.Min(responses, 4_096);
        for (var i = 0; i < sample; i++)
        {
            var reality = Score(quality + (random.NextDouble() * 4) - 2, 0, 10);
            statistics.Add(new ResponseFact("r", "tp", DateTime.UnixEpoch, null, Score(reality + (random.NextDouble() * 2) - 1, 0, 10),
                Score((reality / 2.5) + 1, 1, 5), Score(7.5 - (reality / 1.7), 1, 7), Score(7 + (random.NextDouble() * 2) - 1, 0, 10),
                reality, reality >= 7, reality >= 5, reality >= 8, null, NoAttributes));
        }

        var scaled = new ResponseStatistics();
        for (var copy = 0; copy < responses / sample; copy++) scaled.Merge(statistics);
        return scaled;
    }

    private static int Score(double value, int low, int high) => Math.Clamp((int)Math.Round(value), low, high);
}
