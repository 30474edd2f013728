using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Timelines;

/// <summary>The demo with 2,000 customers and seed 7, built once for the class.</summary>
public sealed class DemoStore : IDisposable
{
    public DemoStore()
    {
        var result = CliRunner.Run("demo", "--customers", "2000", "--seed", "7", "--format", "json", "--db", Db);
        if (result.ExitCode != 0) throw new InvalidOperationException($"demo failed: {result}");
    }

    public DisposableFolder Folder { get; } = new();

    public string Db => Folder.File("demo.duckdb");

    public void Dispose() => Folder.Dispose();
}
