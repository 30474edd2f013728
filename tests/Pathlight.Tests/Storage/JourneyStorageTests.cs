using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage;

public sealed class JourneyStorageTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SaveJourneyLoadsTheDefinitionAndItsTables()
    {
        var store = DuckDbStore.Open(_folder.File("save.duckdb"), create: true);
        var journey = TestJourneys.With("j", "Journey J", "a", "b");

        store.SaveJourney(journey);

        var loaded = store.GetJourney("j");
        Assert.Equal("Journey J", loaded.Name);
        Assert.Equal(["a", "b"], loaded.Touchpoints.Select(t => t.Id));
        Assert.Equal(journey.Source, loaded.Source);
        Assert.Equal(2, DuckDbFile.Count(store.Path, "touchpoints"));
        Assert.Equal(1, DuckDbFile.Count(store.Path, "stages"));
    }

    [Fact]
    public void SaveJourneyReplacesTheDefinitionAndKeepsTheFacts()
    {
        var store = DuckDbStore.Open(_folder.File("replace.duckdb"), create: true);
        store.SaveJourney(TestJourneys.With("j", "Old name", "a", "b"));
        using (var writer = store.OpenWriter(store.GetJourney("j"), FactKind.Response))
        {
            writer.Write([TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", null)]);
        }

        store.SaveJourney(TestJourneys.With("j", "New name", "a", "c"));

        var summary = Assert.Single(store.ListJourneys());
        Assert.Equal("New name", summary.Name);
        Assert.Equal(2, summary.Responses);
        Assert.Equal(["a", "c"], store.GetJourney(null).Touchpoints.Select(t => t.Id));
        Assert.Equal(["a", "c"], DuckDbFile.Query(store.Path, "SELECT id FROM touchpoints ORDER BY id").Select(r => (string)r["id"]!));
    }

    [Fact]
    public void ReplacingWithADefinitionThatDropsATouchpointWithFactsIsRefusedAndChangesNothing()
    {
        var store = DuckDbStore.Open(_folder.File("orphan.duckdb"), create: true);
        var original = TestJourneys.With("j", "Original", "a", "b");
        store.SaveJourney(original);
        using (var writer = store.OpenWriter(store.GetJourney("j"), FactKind.Interaction))
        {
            writer.Write([TestJourneys.Interaction("i1", "b"), TestJourneys.Interaction("i2", "b")]);
        }

        var e = Assert.Throws<PathlightException>(() => store.SaveJourney(TestJourneys.With("j", "Dropped b", "a")));

        Assert.Contains("b (2 interactions)", e.Message, StringComparison.Ordinal);
        Assert.Equal(original.Source, store.GetJourney("j").Source);
        Assert.Equal("Original", Assert.Single(store.ListJourneys()).Name);
        Assert.Equal(2, DuckDbFile.Count(store.Path, "touchpoints"));
        Assert.Equal(2, DuckDbFile.Count(store.Path, "interactions"));
    }

    [Fact]
    public void ListJourneysCountsEachKindOfFactPerJourney()
    {
        var store = DuckDbStore.Open(_folder.File("list.duckdb"), create: true);
        store.SaveJourney(TestJourneys.With("beta", "Beta", "x"));
        store.SaveJourney(TestJourneys.With("alpha", "Alpha", "a", "b"));
        using (var responses = store.OpenWriter(store.GetJourney("alpha"), FactKind.Response))
        {
            responses.Write([TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "b"), TestJourneys.Response("r3", null)]);
        }

        using (var interactions = store.OpenWriter(store.GetJourney("beta"), FactKind.Interaction))
        {
            interactions.Write([TestJourneys.Interaction("i1", "x")]);
        }

        using (var outcomes = store.OpenWriter(store.GetJourney("alpha"), FactKind.Outcome))
        {
            outcomes.Write([new OutcomeFact("o1", "c-1", "churned", TestJourneys.March, null, new Dictionary<string, string>())]);
        }

        var journeys = store.ListJourneys();

        Assert.Equal(["alpha", "beta"], journeys.Select(j => j.Id));
        Assert.Equal(new JourneySummary("alpha", "Alpha", 1, 2, journeys[0].LoadedAt, 0, 3, 0, 1), journeys[0]);
        Assert.Equal(new JourneySummary("beta", "Beta", 1, 1, journeys[1].LoadedAt, 1, 0, 0, 0), journeys[1]);
        // Stored in UTC whatever the machine's time zone (now()::TIMESTAMP would be local time).
        Assert.InRange(journeys[0].LoadedAt, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddMinutes(10));
    }

    [Fact]
    public void GetJourneyWithoutIdReturnsTheOnlyJourney()
    {
        var store = DuckDbStore.Open(_folder.File("only.duckdb"), create: true);
        store.SaveJourney(TestJourneys.With("only", "Only", "a"));

        Assert.Equal("only", store.GetJourney(null).Id);
        Assert.Equal("only", store.GetJourney("only").Id);
    }

    [Fact]
    public void GetJourneyWithAnUnknownIdNamesTheLoadedOnes()
    {
        var store = DuckDbStore.Open(_folder.File("unknown.duckdb"), create: true);
        store.SaveJourney(TestJourneys.With("alpha", "Alpha", "a"));

        var e = Assert.Throws<NotFoundException>(() => store.GetJourney("gamma"));

        Assert.Equal("No journey 'gamma' is loaded. Loaded: alpha.", e.Message);
    }

    [Fact]
    public void GetJourneyWithoutIdAmongSeveralAsksForOne()
    {
        var store = DuckDbStore.Open(_folder.File("several.duckdb"), create: true);
        store.SaveJourney(TestJourneys.With("alpha", "Alpha", "a"));
        store.SaveJourney(TestJourneys.With("beta", "Beta", "b"));

        var e = Assert.Throws<PathlightException>(() => store.GetJourney(null));

        Assert.Contains("Several journeys are loaded (alpha, beta)", e.Message, StringComparison.Ordinal);
        Assert.Contains("--journey", e.Message, StringComparison.Ordinal);
        Assert.Equal("beta", store.GetJourney("beta").Id);
    }

    [Fact]
    public void GetJourneyOnAnEmptyStoreSaysHowToLoadOne()
    {
        var store = DuckDbStore.Open(_folder.File("empty.duckdb"), create: true);

        var e = Assert.Throws<PathlightException>(() => store.GetJourney(null));

        Assert.Contains("No journey is loaded", e.Message, StringComparison.Ordinal);
    }
}
