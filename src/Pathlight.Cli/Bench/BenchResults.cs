namespace Pathlight.Cli.Bench;

/// <summary>Everything one <c>pathlight bench</c> run measured, and on what.</summary>
/// <param name="Size">The data generated.</param>
/// <param name="Machine">The machine it ran on.</param>
/// <param name="Runs">Measured runs per query (after one warm-up).</param>
/// <param name="Rows">The results, in report order.</param>
/// <param name="Files">The sizes of the files involved, in bytes: the CSV, Pathlight's store, the baseline's database.</param>
internal sealed record BenchResults(BenchDataSize Size, MachineInfo Machine, int Runs, IReadOnlyList<BenchRow> Rows,
    BenchFiles Files);
