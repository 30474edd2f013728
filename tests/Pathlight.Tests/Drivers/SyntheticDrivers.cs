using Pathlight.Drivers;
using Pathlight.Journeys;
using Pathlight.Tests.Storage;

namespace Pathlight.Tests.Drivers;

/// <summary>Generated customers with planted driver weights: correlated scores on 0–10 and a noisy weighted outcome.</summary>
internal static class SyntheticDrivers
{
    public static Journey Journey(int drivers) =>
        TestJourneys.With("synthetic", "Synthetic", [.. Enumerable.Range(0, drivers).Select(Id)]);

    public static string Id(int driver) => $"t{driver:00}";

    /// <summary>
    /// <paramref name="customers"/> customers whose scores share a common factor (so drivers correlate about 0.3) and
    /// whose outcome is Σ weight_j · score_j + N(0, noise²); each score is missing with probability <paramref name="skip"/>.
    /// </summary>
    public static DriverSample Sample(int seed, int customers, double[] weights, double skip = 0, double noise = 1.0)
    {
        var random = new Random(seed);
        var sample = new DriverSample(weights.Length);
        var scores = new double[weights.Length];
        for (var i = 0; i < customers; i++)
        {
            var common = Normal(random);
            var outcome = noise * Normal(random);
            for (var j = 0; j < weights.Length; j++)
            {
                var score = 6 + (1.5 * ((0.7 * common) + Normal(random)));
                outcome += weights[j] * score;
                scores[j] = random.NextDouble() < skip ? double.NaN : score;
            }

            if (scores.All(double.IsNaN)) continue;
            sample.Add(outcome, scores);
        }

        return sample;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
