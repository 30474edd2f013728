using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CreatesTheStoreAndLoadsTheJourney()
    {
        var db = _folder.File("new.duckdb");

        var result = CliRunner.Run("init", "--journey", SampleFiles.ProductLaunchJourney, "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"Created store {db} (schema v{Pathlight.Storage.DuckDb.Migrations.Latest}).\nLoaded journey 'product-launch' (New product launch): 4 stages, 7 touchpoints.",
            result.Out.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(7, DuckDbFile.Count(db, "touchpoints"));
    }

    [Fact]
    public void RunningAgainReplacesTheJourneyAndKeepsItsFacts()
    {
        var db = _folder.File("again.duckdb");
        CliRunner.Run("init", "--journey", SampleFiles.ProductLaunchJourney, "--db", db);
        var facts = _folder.Write("r.csv", "id,touchpoint,timestamp,nps\nr1,launch-purchase,2025-03-01,9\n");
        CliRunner.Run("import", "responses", facts, "--db", db);

        var result = CliRunner.Run("init", "--journey", SampleFiles.ProductLaunchJourney, "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Opened store {db}", result.Out, StringComparison.Ordinal);
        Assert.Contains("Replaced journey 'product-launch'", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, DuckDbFile.Count(db, "responses"));
        Assert.Equal(1, DuckDbFile.Count(db, "journeys"));
    }

    [Fact]
    public void ADefinitionDroppingATouchpointWithFactsIsRefused()
    {
        var db = _folder.File("drop.duckdb");
        CliRunner.Run("init", "--journey", SampleFiles.ProductLaunchJourney, "--db", db);
        var facts = _folder.Write("r.csv", "id,touchpoint,timestamp,nps\nr1,support-contact,2025-03-01,9\n");
        CliRunner.Run("import", "responses", facts, "--db", db);
        var sample = File.ReadAllText(SampleFiles.ProductLaunchJourney);
        var smaller = _folder.Write("smaller.yaml", sample[..sample.IndexOf("  - id: support-contact", StringComparison.Ordinal)]);

        var result = CliRunner.Run("init", "--journey", smaller, "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("drops touchpoints that have facts: support-contact (1 responses)", result.Error, StringComparison.Ordinal);
        Assert.Equal(7, DuckDbFile.Count(db, "touchpoints"));
    }
}
