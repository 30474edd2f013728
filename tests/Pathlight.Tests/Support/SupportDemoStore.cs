using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Support;

/// <summary>A store filled by <c>pathlight demo --customers 2000 --seed 7</c> and its support report, made once per class.</summary>
public sealed class SupportDemoStore : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public SupportDemoStore()
    {
        Db = _folder.File("demo.duckdb");
        var demo = CliRunner.Run("demo", "--customers", "2000", "--seed", "7", "--format", "json", "--db", Db);
        if (demo.ExitCode != 0) throw new InvalidOperationException($"demo failed: {demo}");
        Store = DuckDbStore.Open(Db, create: false);
        var journey = Store.GetJourney(null);
        Report = SupportReportBuilder.Build(journey, Store.GetSupport(journey, FactFilter.All), null, null);
    }

    public string Db { get; }

    public DuckDbStore Store { get; }

    public SupportReport Report { get; }

    public void Dispose() => _folder.Dispose();
}
