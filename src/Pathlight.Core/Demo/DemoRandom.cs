namespace Pathlight.Demo;

/// <summary>Sampling helpers over a seeded <see cref="Random"/>, the only source of chance in the demo.</summary>
internal static class DemoRandom
{
    /// <summary>
    /// A generator for one customer, derived from the scenario seed and the customer's index with SplitMix64
    /// so neighbouring customers get unrelated streams. <see cref="Random(int)"/> with a seed runs the same
    /// algorithm on every platform, unlike HashCode or string hashes, which are randomised per process.
    /// </summary>
    public static Random ForCustomer(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32) | (uint)index;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return new Random((int)(z >> 33));
    }

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static double Uniform(this Random rng, double min, double max) => min + ((max - min) * rng.NextDouble());

    /// <summary>A normal draw by Box–Muller.</summary>
    public static double Normal(this Random rng, double mean, double sd)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>A log-normal draw given its median, for durations with a long right tail.</summary>
    public static double LogNormal(this Random rng, double median, double sigma) =>
        median * Math.Exp(rng.Normal(0, sigma));

    /// <summary>A normal draw rounded to the answer scale [min, max], as a respondent would tick it.</summary>
    public static int Scale(this Random rng, double mean, double sd, int min, int max) =>
        Math.Clamp((int)Math.Round(rng.Normal(mean, sd), MidpointRounding.AwayFromZero), min, max);

    /// <summary>Yes with the probability a logistic curve gives for <paramref name="x"/>.</summary>
    public static bool Logistic(this Random rng, double x) => rng.NextDouble() < 1.0 / (1.0 + Math.Exp(-x));

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
