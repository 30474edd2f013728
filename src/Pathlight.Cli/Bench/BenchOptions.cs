namespace Pathlight.Cli.Bench;

/// <summary>What <c>pathlight bench</c> was asked to do.</summary>
/// <param name="Size">The data to generate.</param>
/// <param name="Runs">Measured runs per query, after one warm-up.</param>
/// <param name="Work">The folder for the data and databases, or null for a new temp folder.</param>
/// <param name="Keep">Leave the generated files in place afterwards.</param>
/// <param name="Markdown">Write the results as Markdown to this file, or null.</param>
/// <param name="Verify">Compare Pathlight's statistics with a recomputation from the raw rows; a difference fails the run.</param>
internal sealed record BenchOptions(BenchDataSize Size, int Runs, string? Work, bool Keep, string? Markdown, bool Verify)
{
    public const int MaxRuns = 100;
}
