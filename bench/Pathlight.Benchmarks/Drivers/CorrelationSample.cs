namespace Pathlight.Benchmarks.Drivers;

/// <summary>
/// Correlation matrices of a realistic shape for the relative-importance kernels: an outcome and drivers that share a
/// common factor (as touchpoint scores of one customer do), from a fixed seed.
/// </summary>
internal static class CorrelationSample
{
    /// <summary>The correlation matrix, outcome in row and column 0, of <paramref name="drivers"/> drivers.</summary>
    public static double[,] Create(int drivers, int seed)
    {
        var random = new Random(seed);
        var loading = new double[drivers + 1];
        for (var j = 0; j <= drivers; j++) loading[j] = 0.3 + (0.5 * random.NextDouble());

        // One common factor plus independent noise gives a positive definite matrix with correlations of 0.1 to 0.6.
        var correlation = new double[drivers + 1, drivers + 1];
        for (var a = 0; a <= drivers; a++)
        {
            for (var b = 0; b <= drivers; b++)
            {
                correlation[a, b] = a == b ? 1 : loading[a] * loading[b];
            }
        }

        return correlation;
    }
}
