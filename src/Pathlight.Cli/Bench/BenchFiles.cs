namespace Pathlight.Cli.Bench;

/// <summary>Sizes in bytes of the CSV and of the two databases it was loaded into.</summary>
internal sealed record BenchFiles(long Csv, long Store, long Baseline);
