namespace Pathlight.Cli.Bench;

/// <summary>
/// A counter-based random stream (SplitMix64): the values drawn for one key depend only on the seed, the domain and
/// the key, so a row, a customer or a touchpoint comes out the same whatever else is generated and in whatever order.
/// </summary>
internal struct BenchRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private ulong _state;

    public BenchRandom(long seed, ulong domain, long key) =>
        _state = Mix(Mix(((ulong)seed * Golden) ^ domain) + ((ulong)key * Golden));

    public ulong Next()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A whole number in [0, n).</summary>
    public long Below(long n) => (long)(((UInt128)Next() * (ulong)n) >> 64);

    /// <summary>A number in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Triangular noise in (−width, width), most often near 0.</summary>
    public double Noise(double width) => (Unit() + Unit() - 1) * width;

    /// <summary>True with the given percentage.</summary>
    public bool Chance(int percent) => Below(100) < percent;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
