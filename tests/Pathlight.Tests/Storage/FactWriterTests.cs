using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage;

public sealed class FactWriterTests : IDisposable
{
    private readonly DisposableFolder _folder = new();
    private readonly DuckDbStore _store;

    public FactWriterTests()
    {
        _store = DuckDbStore.Open(_folder.File("facts.duckdb"), create: true);
        _store.SaveJourney(TestJourneys.With("j", "J", "a", "b"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WritesABatchAndReturnsHowManyWereNew()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);

        var written = writer.Write([TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "b"), TestJourneys.Response("r3", null)]);

        Assert.Equal(3, written);
        Assert.Equal(["r1", "r2", "r3"], Ids("responses"));
    }

    [Fact]
    public void ABatchThatFailsPartWayWritesNothing()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);
        writer.Write([TestJourneys.Response("before", "a")]);

        // An NPS of 300 does not fit the TINYINT column: the third row fails after two were appended.
        Assert.ThrowsAny<Exception>(() => writer.Write(
            [TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "a"), TestJourneys.Response("r3", "a", nps: 300)]));

        Assert.Equal(["before"], Ids("responses"));
    }

    [Fact]
    public void TheWriterStillWorksAfterAFailedBatch()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);
        Assert.ThrowsAny<Exception>(() => writer.Write([TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "a", nps: 300)]));

        var written = writer.Write([TestJourneys.Response("r3", "a")]);

        Assert.Equal(1, written);
        Assert.Equal(["r3"], Ids("responses"));
    }

    [Fact]
    public void ABatchOfTheWrongKindIsRefusedAndWritesNothing()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Interaction);

        var e = Assert.Throws<ArgumentException>(() => writer.Write([TestJourneys.Interaction("i1", "a"), TestJourneys.Response("r1", "a")]));

        Assert.Contains("cannot be written by", e.Message, StringComparison.Ordinal);
        Assert.Empty(Ids("interactions"));
    }

    [Fact]
    public void ARowWhoseIdIsStoredIsADuplicateAndLeavesTheStoredRowAlone()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);
        writer.Write([TestJourneys.Response("r1", "a", nps: 3, comment: "first")]);

        var written = writer.Write([TestJourneys.Response("r1", "b", nps: 10, comment: "second"), TestJourneys.Response("r2", "a")]);

        Assert.Equal(1, written);
        var r1 = DuckDbFile.Query(_store.Path, "SELECT touchpoint_id, nps, comment FROM responses WHERE id = 'r1'");
        Assert.Equal("a", Assert.Single(r1)["touchpoint_id"]);
        Assert.Equal((sbyte)3, r1[0]["nps"]);
        Assert.Equal("first", r1[0]["comment"]);
        Assert.Equal(["r1", "r2"], Ids("responses"));
    }

    [Fact]
    public void ADuplicateFromAnotherWriterIsAlsoIgnored()
    {
        using (var first = _store.OpenWriter(_store.GetJourney("j"), FactKind.Interaction))
        {
            first.Write([TestJourneys.Interaction("i1", "a")]);
        }

        using var second = _store.OpenWriter(_store.GetJourney("j"), FactKind.Interaction);

        Assert.Equal(0, second.Write([TestJourneys.Interaction("i1", "b")]));
        Assert.Equal("a", DuckDbFile.Query(_store.Path, "SELECT touchpoint_id FROM interactions")[0]["touchpoint_id"]);
    }

    [Fact]
    public void DuplicatesWithinOneBatchAreStoredOnce()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);

        var written = writer.Write(
            [TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "a"), TestJourneys.Response("r1", "a"), TestJourneys.Response("r1", "a")]);

        Assert.Equal(2, written);
        Assert.Equal(["r1", "r2"], Ids("responses"));
    }

    [Fact]
    public void AnEmptyBatchWritesNothing()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Case);

        Assert.Equal(0, writer.Write([]));
        Assert.Empty(Ids("cases"));
    }

    [Fact]
    public void AttributesAreStoredAsAJsonObjectAndCanBeFilteredOn()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);
        writer.Write(
        [
            TestJourneys.Response("r1", "a", nps: 10, attributes: new Dictionary<string, string> { ["region"] = "north", ["plan"] = "pro \"x\"" }),
            TestJourneys.Response("r2", "a", nps: 0, attributes: new Dictionary<string, string> { ["region"] = "south" }),
            TestJourneys.Response("r3", "a", nps: 5),
        ]);

        var rows = DuckDbFile.Query(_store.Path, """
            SELECT id, json_type(attributes) AS type, json_extract_string(attributes, '$.region') AS region,
                json_extract_string(attributes, '$.plan') AS plan
            FROM responses ORDER BY id
            """);

        Assert.Equal(["OBJECT", "OBJECT", null], rows.Select(r => r["type"]));
        Assert.Equal(["north", "south", null], rows.Select(r => r["region"]));
        Assert.Equal("pro \"x\"", rows[0]["plan"]);
        var north = _store.GetStatistics(_store.GetJourney("j"), new FactFilter(null, null, [new("region", "north")]));
        Assert.Equal(1, north.ResponsesOf("a").Responses);
        Assert.Equal(1, north.ResponsesOf("a").Nps[10]);
        var quoted = _store.GetStatistics(_store.GetJourney("j"), new FactFilter(null, null, [new("plan", "pro \"x\"")]));
        Assert.Equal(1, quoted.ResponsesOf("a").Responses);
    }

    [Fact]
    public void TimestampsAreStoredAsTheUtcTimeGiven()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Interaction);
        writer.Write([TestJourneys.Interaction("i1", "a")]);

        var ts = (DateTime)DuckDbFile.Query(_store.Path, "SELECT ts FROM interactions")[0]["ts"]!;

        Assert.Equal(TestJourneys.March.Ticks, ts.Ticks);
    }

    [Fact]
    public void ABulkWriterLeavesDuckDbACoreFewerAndLessMemoryUntilItIsDisposed()
    {
        // The store's connections share one DuckDB instance while any is open; this one keeps it open.
        using var watcher = _store.Connect();
        var before = Threads(watcher);
        var memoryBefore = (string)watcher.Scalar("SELECT current_setting('memory_limit')")!;

        using (var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response, bulk: true))
        {
            Assert.Equal(Math.Min(before, Math.Max(1, Environment.ProcessorCount - 1)), Threads(watcher));
            Assert.InRange(Mebibytes((string)watcher.Scalar("SELECT current_setting('memory_limit')")!), 1, 1024);
            Assert.Equal(2, writer.Write([TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "b")]));
        }

        Assert.Equal(before, Threads(watcher));
        Assert.Equal(memoryBefore, (string)watcher.Scalar("SELECT current_setting('memory_limit')")!);
        Assert.Equal(["r1", "r2"], Ids("responses"));
    }

    [Fact]
    public void KeepsWhereItsTimeWentOverItsBatches()
    {
        using var writer = _store.OpenWriter(_store.GetJourney("j"), FactKind.Response);

        writer.Write([TestJourneys.Response("r1", "a"), TestJourneys.Response("r2", "b")]);
        writer.Write([TestJourneys.Response("r2", "b"), TestJourneys.Response("r3", "a")]);

        var timings = writer.Timings;
        Assert.Equal(2, timings.Batches);
        Assert.All([timings.Identifiers, timings.Staging, timings.Insert, timings.Aggregates, timings.Commit],
            phase => Assert.True(phase > TimeSpan.Zero));
    }

    // DuckDB shows the limit as "1.0 GiB", "512.0 MiB" and the like.
    private static double Mebibytes(string setting)
    {
        var parts = setting.Split(' ');
        var value = double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return parts[1] switch
        {
            "KiB" => value / 1024,
            "MiB" => value,
            "GiB" => value * 1024,
            "TiB" => value * 1024 * 1024,
            _ => throw new FormatException($"Unexpected memory limit '{setting}'."),
        };
    }

    private static long Threads(DuckDB.NET.Data.DuckDBConnection connection) =>
        Convert.ToInt64(connection.Scalar("SELECT current_setting('threads')"), System.Globalization.CultureInfo.InvariantCulture);

    private List<string> Ids(string table) =>
        DuckDbFile.Query(_store.Path, $"SELECT id FROM {table} ORDER BY id").Select(r => (string)r["id"]!).ToList();
}
