using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Paths;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Paths;

/// <summary>Paths of the demo (2,000 customers, seed 7), through the store and the command line.</summary>
public sealed class DemoPathsTests(DemoPathsTests.Demo demo) : IClassFixture<DemoPathsTests.Demo>
{
    [Fact]
    public void EveryDemoCustomerHasAPathAndSomeGoIntoSupport()
    {
        var report = demo.Store.GetPaths(demo.Journey, FactFilter.All);

        Assert.Equal(2000, report.Customers);
        Assert.Equal(["support-contact"], report.SupportNodes);
        Assert.NotNull(report.Shares.Support);
        Assert.True(report.Shares.Support.Low > 0, $"support share {report.Shares.Support.Value}% has a lower bound of {report.Shares.Support.Low}");
        Assert.True(report.Classes.Single(c => c.Class == PathClass.SupportDetour).Customers > 0);
        Assert.Equal(report.Customers, report.Classes.Sum(c => c.Customers));
        Assert.Equal(100, report.Shares.Planned!.Value + report.Shares.LeftPlanned!.Value, 9);
    }

    [Fact]
    public void TheDemosTransitionsAddUpToItsInteractions()
    {
        var report = demo.Store.GetPaths(demo.Journey, FactFilter.All);

        // Every demo interaction has a customer; each customer makes one move more than their visits.
        var interactions = DuckDbFile.Count(demo.Db, "interactions");
        Assert.Equal(interactions + report.Customers, report.Transitions.Sum(t => t.Count));
        Assert.Equal(report.Customers, report.Flow.Where(s => s.Step == 0).Sum(s => s.Count));
        foreach (var node in report.Nodes.Where(n => n.Customers > 0))
        {
            var entered = report.Transitions.Where(t => t.To == node.Node).Sum(t => t.Count);
            Assert.Equal(entered, report.Transitions.Where(t => t.From == node.Node).Sum(t => t.Count));
            Assert.Equal(node.Left, report.Transitions.Where(t => t.From == node.Node && t.To == PathNodes.End).Sum(t => t.Count));
        }

        Assert.Equal(report.Customers, report.Nodes.Sum(n => n.Left));
    }

    [Fact]
    public void TheCommandPrintsTheSameReportAsJsonCsvAndATable()
    {
        var report = demo.Store.GetPaths(demo.Journey, FactFilter.All);

        var json = CliRunner.Run("paths", "--format", "json", "--db", demo.Db);
        var csv = CliRunner.Run("paths", "--format", "csv", "--db", demo.Db);
        var table = CliRunner.Run("paths", "--db", demo.Db);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(2000, root.GetProperty("customers").GetInt64());
        Assert.Equal(report.Shares.Support!.Value, root.GetProperty("shares").GetProperty("support").GetProperty("value").GetDouble());
        Assert.Equal(report.Transitions.Count, root.GetProperty("transitions").GetArrayLength());
        Assert.Equal("support_detour", root.GetProperty("classes")[1].GetProperty("class").GetString());
        Assert.Equal(PathAnalysis.TopPathCount, root.GetProperty("top_paths").GetArrayLength());

        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', PathsCsv.Columns), lines[0]);
        Assert.Equal(report.Transitions.Count, lines.Count(l => l.StartsWith("transition,", StringComparison.Ordinal)));

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Detour into support", table.Out, StringComparison.Ordinal);
        Assert.Contains("Goal: Launch-day purchase", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadFilterIsAUsageError()
    {
        var result = CliRunner.Run("paths", "--where", "region", "--db", demo.Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'region'", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The demo store, made once for the class.</summary>
    public sealed class Demo : IDisposable
    {
        private readonly DisposableFolder _folder = new();

        public Demo()
        {
            Db = _folder.File("demo.duckdb");
            var result = CliRunner.Run("demo", "--customers", "2000", "--seed", "7", "--db", Db);
            if (result.ExitCode != 0) throw new InvalidOperationException($"demo failed: {result}");
            Store = DuckDbStore.Open(Db, create: false);
            Journey = Store.GetJourney(null);
        }

        public string Db { get; }

        public DuckDbStore Store { get; }

        public Pathlight.Journeys.Journey Journey { get; }

        public void Dispose() => _folder.Dispose();
    }
}
