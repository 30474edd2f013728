using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

/// <summary>The built <c>pathlight</c> run as a real child process: exit codes and streams as a shell sees them.</summary>
public sealed class ProcessTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly CliStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task HelpExitsZeroAndListsTheCommands()
    {
        var result = await CliRunner.RunProcessAsync(_store.Folder.Path, Timeout, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var command in new[] { "init", "journeys", "import", "scorecard", "demo" })
        {
            Assert.Contains($"\n  {command} ", result.Out, StringComparison.Ordinal);
        }

        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task AnImportWithABadRowExitsThree()
    {
        var file = _store.Folder.Write("r.csv", "id,touchpoint,timestamp,nps\nr1,launch-purchase,2025-03-01,9\nr2,checkout,2025-03-01,9\n");

        var result = await CliRunner.RunProcessAsync(_store.Folder.Path, Timeout, "import", "responses", file, "--db", _store.Db);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.StartsWith("r.csv:3: touchpoint: 'checkout' is not a touchpoint of the journey", result.Error, StringComparison.Ordinal);
        Assert.Contains("r.csv: imported 1, duplicates 0, rejected 1", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _store.Count("responses"));
    }

    [Fact]
    public async Task AUsageErrorExitsTwoWithoutAStackTrace()
    {
        var result = await CliRunner.RunProcessAsync(_store.Folder.Path, Timeout, "import", "surveys", "x.csv", "--db", _store.Db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task AFailureExitsOneWithoutAStackTrace()
    {
        var result = await CliRunner.RunProcessAsync(_store.Folder.Path, Timeout, "scorecard", "--db", _store.Folder.File("missing.duckdb"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("There is no Pathlight store at", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
