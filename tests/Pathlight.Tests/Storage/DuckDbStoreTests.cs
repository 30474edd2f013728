using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage;

public sealed class DuckDbStoreTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void NewStoreHasTheLatestSchemaVersion()
    {
        var store = DuckDbStore.Open(_folder.File("new.duckdb"), create: true);

        Assert.Equal(Migrations.Latest, store.SchemaVersion());
        var applied = DuckDbFile.Query(store.Path, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
        Assert.Equal(Migrations.All.Select(m => m.Version), applied.Select(r => Convert.ToInt32(r["version"], null)));
        Assert.Equal(Migrations.All.Select(m => m.Name), applied.Select(r => (string)r["name"]!));
        Assert.All(applied, r => Assert.InRange((DateTime)r["applied_at"]!, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddMinutes(10)));
    }

    [Fact]
    public void ReopeningDoesNotRunTheMigrationsAgain()
    {
        var path = _folder.File("reopen.duckdb");
        var store = DuckDbStore.Open(path, create: true);
        store.SaveJourney(TestJourneys.With("j", "J", "a"));
        var appliedAt = DuckDbFile.Query(path, "SELECT applied_at FROM schema_migrations")[0]["applied_at"];

        var reopened = DuckDbStore.Open(path, create: false);

        Assert.Equal(Migrations.Latest, reopened.SchemaVersion());
        var rows = DuckDbFile.Query(path, "SELECT applied_at FROM schema_migrations");
        Assert.Equal(Migrations.All.Count, rows.Count);
        Assert.Equal(appliedAt, rows[0]["applied_at"]);
        Assert.Equal("j", Assert.Single(reopened.ListJourneys()).Id);
    }

    [Fact]
    public void RefusesAStoreMadeByANewerPathlight()
    {
        var path = _folder.File("newer.duckdb");
        DuckDbStore.Open(path, create: true);
        var newer = Migrations.Latest + 1;
        DuckDbFile.Execute(path, $"INSERT INTO schema_migrations VALUES ({newer}, 'from the future', now()::TIMESTAMP)");

        var e = Assert.Throws<PathlightException>(() => DuckDbStore.Open(path, create: false));

        Assert.Contains($"schema version {newer}", e.Message, StringComparison.Ordinal);
        Assert.Contains($"newer than this Pathlight knows ({Migrations.Latest})", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpeningAMissingFileWithoutCreateFailsAndCreatesNothing()
    {
        var path = _folder.File("missing.duckdb");

        var e = Assert.Throws<PathlightException>(() => DuckDbStore.Open(path, create: false));

        Assert.Contains("There is no Pathlight store at", e.Message, StringComparison.Ordinal);
        Assert.Contains("pathlight init --journey FILE", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void OpeningInAFolderThatDoesNotExistFailsClearly()
    {
        var path = Path.Combine(_folder.Path, "no-such-folder", "s.duckdb");

        var e = Assert.Throws<PathlightException>(() => DuckDbStore.Open(path, create: true));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearFactsRemovesOnlyThatJourneysFacts()
    {
        var store = DuckDbStore.Open(_folder.File("clear.duckdb"), create: true);
        store.SaveJourney(TestJourneys.With("alpha", "Alpha", "a"));
        store.SaveJourney(TestJourneys.With("beta", "Beta", "b"));
        using (var writer = store.OpenWriter(store.GetJourney("alpha"), FactKind.Interaction))
        {
            writer.Write([TestJourneys.Interaction("i1", "a"), TestJourneys.Interaction("i2", "a")]);
        }

        using (var writer = store.OpenWriter(store.GetJourney("beta"), FactKind.Interaction))
        {
            writer.Write([TestJourneys.Interaction("i3", "b")]);
        }

        Assert.Equal(2, store.ClearFacts("alpha"));
        Assert.Equal([0L, 1L], store.ListJourneys().Select(j => j.Interactions));
    }
}
