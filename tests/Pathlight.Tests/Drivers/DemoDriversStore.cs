using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Drivers;

/// <summary>A store that <c>pathlight demo --customers 2000 --seed 7</c> filled, shared by a test class.</summary>
public sealed class DemoDriversStore : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public DemoDriversStore()
    {
        var demo = CliRunner.Run("demo", "--customers", "2000", "--seed", "7", "--db", Db);
        if (demo.ExitCode != 0) throw new InvalidOperationException($"pathlight demo failed: {demo}");
    }

    public string Db => _folder.File("demo.duckdb");

    public CliResult Drivers(params string[] options) => CliRunner.Run(["drivers", "--db", Db, .. options]);

    public void Dispose() => _folder.Dispose();
}
