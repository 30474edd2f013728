namespace Pathlight.Cli.Bench;

/// <summary>What a benchmark row measures, which says how it is shown and which way is better.</summary>
internal enum BenchUnit
{
    /// <summary>A throughput: higher is better.</summary>
    RowsPerSecond,

    /// <summary>A median time: lower is better.</summary>
    Milliseconds,

    /// <summary>A peak resident size: lower is better.</summary>
    Megabytes,
}
