using System.Text.Json;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Identity;

/// <summary><c>pathlight retention</c> and the retention an import applies.</summary>
public sealed class RetentionCommandTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Seeded(string extraOptions)
    {
        var db = _folder.File("shop.duckdb");
        PrivacyData.Seed(db, PrivacyData.Journey(extraOptions), key: null, PrivacyData.Responses, PrivacyData.OldResponses);
        return db;
    }

    [Fact]
    public void RetentionRemovesFactsOlderThanTheJourneysPeriodAndReportsTheCounts()
    {
        var db = Seeded("retention_days: 365");

        var result = CliRunner.Run("retention", "--format", "json", "--db", db);

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Out);
        var run = Assert.Single(report.RootElement.GetProperty("journeys").EnumerateArray());
        Assert.Equal(("shop", 365), (run.GetProperty("journey").GetString(), run.GetProperty("retention_days").GetInt32()));
        var removed = run.GetProperty("removed");
        Assert.Equal((2, 2, 2), (removed.GetProperty("facts").GetInt32(), removed.GetProperty("responses").GetInt32(),
            removed.GetProperty("identifiers").GetInt32()));
        Assert.Equal(9, DuckDbFile.Count(db, "responses"));
        Assert.Equal(0, DuckDbFile.Count(db, "identities WHERE value IN ('C8', 'carol@example.com')"));
        Assert.Equal(1, DuckDbFile.Count(db, "erasures WHERE reason = 'retention' AND responses = 2"));
    }

    [Fact]
    public void AnEarlierAsOfRemovesOnlyWhatWasPastThePeriodThenAndAFutureOneIsRefused()
    {
        var db = Seeded("retention_days: 365");

        var future = CliRunner.Run("retention", "--as-of", "2999-01-01", "--db", db);
        var early = CliRunner.Run("retention", "--as-of", "2021-01-01T12:00:00Z", "--format", "csv", "--db", db);

        Assert.Equal(2, future.ExitCode);
        Assert.Contains("in the future", future.Error, StringComparison.Ordinal);
        Assert.Equal(0, early.ExitCode);
        // 365 days before 2021-01-01 12:00 is 2020-01-02 12:00: old-1 (2020-01-01) goes, old-2 (2020-01-02 00:00) goes too.
        Assert.StartsWith("shop,365,2020-01-02T12:00:00Z,2,0,2,", early.Out.Split("\r\n")[1], StringComparison.Ordinal);
        var later = CliRunner.Run("retention", "--as-of", "2021-01-01", "--format", "csv", "--db", db);
        Assert.StartsWith("shop,365,", later.Out.Split("\r\n")[1], StringComparison.Ordinal);
        Assert.Contains(",0,0,0,0,0,0,0,0", later.Out.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AJourneyWithoutRetentionKeepsEverything()
    {
        var db = Seeded("");

        var result = CliRunner.Run("retention", "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("forever", result.Out, StringComparison.Ordinal);
        Assert.Equal(11, DuckDbFile.Count(db, "responses"));
    }

    [Fact]
    public void AnImportAppliesTheJourneysRetentionAndSaysWhatItRemoved()
    {
        var db = _folder.File("import.duckdb");
        var init = CliRunner.Run("init", "--journey", _folder.Write("shop.yaml", PrivacyData.Journey("retention_days: 30")), "--db", db);
        var file = _folder.Write("r.csv", PrivacyData.OldResponses + PrivacyData.Responses.Split('\n', 2)[1]);

        var result = CliRunner.Run("import", "responses", file, "--db", db);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("r.csv: imported 11, duplicates 0, rejected 0", result.Out, StringComparison.Ordinal);
        Assert.Contains("Retention (30 days) removed 2 facts", result.Error, StringComparison.Ordinal);
        Assert.Equal(9, DuckDbFile.Count(db, "responses"));
    }
}
