using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>The aggregate tables row by row, against hand-counted statistics.</summary>
public sealed class AggregateTablesTests : IDisposable
{
    private static readonly DateTime Day = new(2025, 3, 4, 10, 30, 0, DateTimeKind.Utc);

    private readonly DisposableFolder _folder = new();
    private readonly DuckDbStore _store;
    private readonly Journey _journey = AggregateJourneys.With(["region", "plan"]);

    public AggregateTablesTests()
    {
        _store = DuckDbStore.Open(_folder.File("aggregates.duckdb"), create: true);
        _store.SaveJourney(_journey);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WritingAddsTheStatisticsOfEachTouchpointDayAndSegment()
    {
        Write(
            Response("r1", "a", Day, nps: 9, expectation: 6, reality: 8, met: true, region: "north"),
            Response("r2", "a", Day.AddHours(2), nps: 3, expectation: 7, reality: 4, met: false, region: "north"),
            Response("r3", "a", Day, nps: 10, region: "south", plan: "pro"),
            Response("r4", null, Day.AddDays(1), nps: 0));

        var rows = Rows("""
            SELECT touchpoint_id, day::VARCHAR AS day, segment, responses, nps_9, nps_3, nps_10, nps_0, gap_n, gap_sum, gap_sum_sq,
                score_n, score_sum, expectations_met_yes, expectations_met_no
            FROM response_aggregates ORDER BY touchpoint_id, segment
            """);

        // Gaps 8 − 6 = 2 and 4 − 7 = −3: sum −1, squares 13; scores are the reality answers 8 and 4, else the NPS 10 and 0.
        Assert.Equal(
        [
            "|2025-03-05|[null,null]|1|0|0|0|1|0|0|0|1|0|0|0",
            "a|2025-03-04|[\"north\",null]|2|1|1|0|0|2|-1|13|2|12|1|1",
            "a|2025-03-04|[\"south\",\"pro\"]|1|0|0|1|0|0|0|0|1|10|0|0",
        ], rows);
    }

    [Fact]
    public void DuplicatesAndAFailedBatchChangeNothing()
    {
        Write(Response("r1", "a", Day, nps: 9));

        Write(Response("r1", "a", Day, nps: 0), Response("r5", "a", Day, nps: 5), Response("r5", "a", Day, nps: 1));
        using (var writer = _store.OpenWriter(_journey, FactKind.Response))
        {
            Assert.ThrowsAny<Exception>(() => writer.Write([Response("r6", "a", Day, nps: 7), Response("r7", "a", Day, nps: 300)]));
        }

        Assert.Equal(["2|1|1|0|0|0"], Rows("SELECT sum(responses), sum(nps_9), sum(nps_5), sum(nps_0), sum(nps_1), sum(nps_7) FROM response_aggregates"));
        Assert.Empty(_store.CheckAggregates(_journey.Id));
    }

    [Fact]
    public void DeletingSubtractsAndRemovesTheRowsLeftWithoutFacts()
    {
        Write(Response("r1", "a", Day, nps: 9), Response("r2", "a", Day, nps: 6), Response("r3", "b", Day, nps: 1));
        Write(Interaction("i1", "b", value: 12.5), Interaction("i2", "b", value: 7.25));

        Assert.Equal(1, Delete(FactKind.Response, "id = $id", ("id", "r1")));
        Assert.Equal(["a|1|0|1", "b|1|0|0"], Rows("SELECT touchpoint_id, responses, nps_9, nps_6 FROM response_aggregates ORDER BY 1"));

        Assert.Equal(2, Delete(FactKind.Response, "touchpoint_id = $touchpoint OR nps = 6", ("touchpoint", "b")));
        Assert.Empty(Rows("SELECT * FROM response_aggregates"));

        Assert.Equal(1, Delete(FactKind.Interaction, "value > 10"));
        Assert.Equal(["1|1|7.25|52.5625"], Rows("SELECT interactions, value_n, value_sum, value_sum_sq FROM interaction_aggregates"));
        Assert.Equal(["7.25|1"], Rows("SELECT value, n FROM interaction_value_counts"));

        Assert.Equal(1, Delete(FactKind.Interaction, "true"));
        Assert.Empty(Rows("SELECT * FROM interaction_aggregates"));
        Assert.Empty(Rows("SELECT * FROM interaction_value_counts"));
        Assert.Empty(_store.CheckAggregates(_journey.Id));
    }

    [Fact]
    public void ValueCountsAreKeptForMedianKpisOnly()
    {
        Write(
            Interaction("i1", "b", value: 10), Interaction("i2", "b", value: 10), Interaction("i3", "b", value: 12, duration: 3),
            Interaction("i4", "c", duration: 30, value: 99), Interaction("i5", "d", duration: 5, value: 1), Interaction("i6", "a", duration: 5));

        Assert.Equal(["b|value|10|2", "b|value|12|1", "c|duration_seconds|30|1"],
            Rows("SELECT touchpoint_id, measure, value, n FROM interaction_value_counts ORDER BY 1, 3"));
    }

    [Fact]
    public void TheJourneyParameterIsTaken()
    {
        var e = Assert.Throws<ArgumentException>(() => Delete(FactKind.Response, "journey_id = $journey", ("journey", "other")));

        Assert.Contains("'journey' is taken", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWriterOpenedBeforeAReloadWritesUnderTheStoredLayout()
    {
        using var writer = _store.OpenWriter(_journey, FactKind.Response);
        _store.SaveJourney(AggregateJourneys.With(["plan"]));

        writer.Write([Response("r1", "a", Day, nps: 9, region: "north", plan: "pro")]);

        Assert.Equal(["[\"pro\"]"], Rows("SELECT segment FROM response_aggregates"));
        Assert.Empty(_store.CheckAggregates(_journey.Id));
    }

    [Fact]
    public void LoadingTheJourneyRebuildsTheAggregatesOnlyWhenItsLayoutChanges()
    {
        Write(Response("r1", "a", Day, nps: 9, region: "north", plan: "pro"));
        DuckDbFile.Execute(_store.Path, "UPDATE response_aggregates SET nps_9 = 5");

        _store.SaveJourney(AggregateJourneys.With(["region", "plan"]));
        Assert.NotEmpty(_store.CheckAggregates(_journey.Id));

        _store.SaveJourney(AggregateJourneys.With(["region", "plan"], medianValue: false));
        Assert.Empty(_store.CheckAggregates(_journey.Id));
        Assert.Equal(["1"], Rows("SELECT nps_9 FROM response_aggregates"));

        _store.SaveJourney(AggregateJourneys.With(["plan", "region"]));
        Assert.Equal(["[\"pro\",\"north\"]"], Rows("SELECT segment FROM response_aggregates"));
        Assert.Equal(["[\"plan\",\"region\"]|{\"b\":\"value\",\"c\":\"duration_seconds\"}"], Rows("SELECT segments, value_counts FROM aggregate_layouts"));
    }

    [Fact]
    public void FiltersTheAggregatesCannotAnswerReadTheRawFacts()
    {
        Write(Response("r1", "a", Day, nps: 9, region: "north"), Response("r2", "a", Day.AddHours(-1), nps: 3, region: "north"));
        var midnight = Day.Date;

        Assert.True(_store.ReadsAggregates(_journey, new FactFilter(midnight, midnight.AddDays(1), [new("region", "north")])));
        Assert.False(_store.ReadsAggregates(_journey, new FactFilter(Day, null, [])));
        Assert.False(_store.ReadsAggregates(_journey, new FactFilter(null, midnight.AddSeconds(1), [])));
        Assert.False(_store.ReadsAggregates(_journey, new FactFilter(null, null, [new("colour", "red")])));
        Assert.False(_store.ReadsAggregates(AggregateJourneys.With(["region"]), FactFilter.All));

        var sinceTen = _store.GetStatistics(_journey, new FactFilter(Day.AddMinutes(-30), null, []));
        Assert.Equal(1, sinceTen.ResponsesOf("a").Nps[9]);
        Assert.Equal(1, sinceTen.ResponsesOf("a").Responses);
    }

    [Fact]
    public void CheckAggregatesNamesEachDifferenceInPlainWords()
    {
        Write(Response("r1", "a", Day, nps: 9, region: "north"));
        Assert.Empty(_store.CheckAggregates(_journey.Id));

        DuckDbFile.Execute(_store.Path, """
            UPDATE response_aggregates SET nps_9 = 2;
            INSERT INTO response_aggregates SELECT * REPLACE ('b' AS touchpoint_id) FROM response_aggregates;
            """);
        Write(Interaction("i1", "b", value: 4));
        DuckDbFile.Execute(_store.Path, "DELETE FROM interaction_aggregates; UPDATE interaction_value_counts SET n = 3");

        Assert.Equal(
        [
            "response_aggregates, touchpoint 'a', 2025-03-04, region=north, plan=(none): nps_9 is 2, raw facts give 1.",
            "response_aggregates, touchpoint 'b', 2025-03-04, region=north, plan=(none): an aggregate row is stored (responses = 1), but no raw fact matches it.",
            "interaction_aggregates, touchpoint 'b', 2025-03-04, region=(none), plan=(none): raw facts give interactions = 1, but no aggregate row is stored.",
            "interaction_value_counts, touchpoint 'b', 2025-03-04, region=(none), plan=(none): value 4 is counted 3 times, raw facts give 1.",
        ], _store.CheckAggregates(_journey.Id));
    }

    [Fact]
    public void CheckAggregatesSaysWhenTheLayoutIsNotTheJourneys()
    {
        DuckDbFile.Execute(_store.Path, "UPDATE aggregate_layouts SET segments = '[\"plan\"]'");

        var difference = Assert.Single(_store.CheckAggregates(_journey.Id));

        Assert.Equal("The aggregates are kept by segments [\"plan\"] with value counts {\"b\":\"value\",\"c\":\"duration_seconds\"}, " +
            "but journey 'agg' asks for segments [\"region\",\"plan\"] with value counts {\"b\":\"value\",\"c\":\"duration_seconds\"}.", difference);
    }

    [Fact]
    public void AnUnreadableSegmentKeyIsShownAsItIs()
    {
        Write(Response("r1", "a", Day, nps: 9));
        DuckDbFile.Execute(_store.Path, "UPDATE response_aggregates SET segment = 'garbage'");

        Assert.Contains(_store.CheckAggregates(_journey.Id), d => d.StartsWith("response_aggregates, touchpoint 'a', 2025-03-04, segment garbage: an aggregate row is stored", StringComparison.Ordinal));
    }

    [Fact]
    public void ConcurrentWritersAddToTheSameRowsWithoutConflict()
    {
        Parallel.For(0, 4, writer =>
        {
            using var responses = _store.OpenWriter(_journey, FactKind.Response);
            for (var batch = 0; batch < 10; batch++)
            {
                responses.Write([.. Enumerable.Range(0, 5).Select(i => Response($"w{writer}-{batch}-{i}", "a", Day, nps: i, region: "north"))]);
            }
        });

        Assert.Equal(["200"], Rows("SELECT responses FROM response_aggregates"));
        Assert.Empty(_store.CheckAggregates(_journey.Id));
    }

    private static ResponseFact Response(string id, string? touchpoint, DateTime at, int? nps = null, int? expectation = null,
        int? reality = null, bool? met = null, string? region = null, string? plan = null) =>
        new(id, touchpoint, at, "c-1", nps, null, null, expectation, reality, met, null, null, null, Attributes(region, plan));

    private static InteractionFact Interaction(string id, string touchpoint, double? duration = null, double? value = null) =>
        new(id, touchpoint, "web", Day, "c-1", null, duration, value, Attributes(null, null));

    private static Dictionary<string, string> Attributes(string? region, string? plan)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (region is not null) attributes["region"] = region;
        if (plan is not null) attributes["plan"] = plan;
        return attributes;
    }

    private void Write(params Fact[] facts)
    {
        using var writer = _store.OpenWriter(_journey, facts[0].Kind);
        writer.Write(facts);
    }

    private long Delete(FactKind kind, string where, params (string, object?)[] parameters)
    {
        lock (_store.WriteLock)
        {
            using var connection = _store.Connect();
            using var transaction = connection.BeginTransaction();
            var deleted = FactDeletion.Delete(connection, _journey, kind, where, parameters);
            transaction.Commit();
            return deleted;
        }
    }

    private List<string> Rows(string sql) => DuckDbFile.Query(_store.Path, sql)
        .Select(row => string.Join("|", row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))
        .ToList();
}
