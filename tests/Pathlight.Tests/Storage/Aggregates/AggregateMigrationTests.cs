using Pathlight.Facts;
using Pathlight.Metrics;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>A store made before the aggregates existed gets them, built from the facts it holds, on opening.</summary>
public sealed class AggregateMigrationTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AStoreAtSchemaVersion3GetsTheAggregatesOfItsFacts()
    {
        var path = _folder.File("old.duckdb");
        var journey = AggregateJourneys.With(["region"]);
        DuckDbStore.Open(path, create: true, schemaVersion: 3);
        // What a Pathlight at schema version 3 wrote: the journey and its facts, no aggregates.
        DuckDbFile.Execute(path, $"""
            INSERT INTO journeys VALUES ('agg', 'Aggregates', '{journey.Source.Replace("'", "''", StringComparison.Ordinal)}', now());
            INSERT INTO responses (id, journey_id, touchpoint_id, ts, nps, expectation, reality, attributes) VALUES
                ('r1', 'agg', 'a', '2025-03-04 10:00', 9, 6, 8, '{"{"}"region": "north"{"}"}'),
                ('r2', 'agg', 'a', '2025-03-04 23:59:59', 3, NULL, NULL, '{"{"}"region": "north"{"}"}'),
                ('r3', 'agg', 'a', '2025-03-05 00:00', 10, NULL, NULL, NULL),
                ('r4', 'agg', NULL, '2025-03-10 08:00', 6, NULL, NULL, '{"{"}"region": "south"{"}"}');
            INSERT INTO interactions (id, journey_id, touchpoint_id, ts, success, duration_seconds, value, attributes) VALUES
                ('i1', 'agg', 'c', '2025-03-04 09:00', true, 30, NULL, NULL),
                ('i2', 'agg', 'c', '2025-03-06 09:00', false, 30, NULL, NULL),
                ('i3', 'agg', 'b', '2025-03-06 09:00', NULL, NULL, 19.99, '{"{"}"region": "east"{"}"}');
            """);
        Assert.Empty(DuckDbFile.Query(path, "SELECT * FROM information_schema.tables WHERE table_name = 'response_aggregates'"));

        var store = DuckDbStore.Open(path, create: false);

        Assert.Equal(Migrations.Latest, store.SchemaVersion());
        Assert.Empty(store.CheckAggregates("agg"));
        Assert.Equal(["|2025-03-10|[\"south\"]|1", "a|2025-03-04|[\"north\"]|2", "a|2025-03-05|[null]|1"],
            Rows(path, "SELECT touchpoint_id, day::VARCHAR, segment, responses FROM response_aggregates ORDER BY 1, 2"));
        Assert.Equal(["b|value|19.99|1", "c|duration_seconds|30|1", "c|duration_seconds|30|1"],
            Rows(path, "SELECT touchpoint_id, measure, value, n FROM interaction_value_counts ORDER BY 1, day"));
        var stored = store.GetJourney("agg");
        Assert.True(store.ReadsAggregates(stored, FactFilter.All));
        var statistics = store.GetStatistics(stored, FactFilter.All);
        Assert.Equal(3, statistics.ResponsesOf("a").Responses);
        Assert.Equal([1L, 1L, 1L], new[] { 3, 9, 10 }.Select(s => statistics.ResponsesOf("a").Nps[s]));
        Assert.Equal(new Moments(1, 2, 4), statistics.ResponsesOf("a").Gap);
        Assert.Equal(1, statistics.Relationship.Nps[6]);
        Assert.Equal(new YesNo(1, 1), statistics.InteractionsOf("c").Success);
        Assert.Equal([new KeyValuePair<double, long>(30, 2)], statistics.InteractionsOf("c").DurationCounts);
        Assert.Equal([new KeyValuePair<double, long>(19.99, 1)], statistics.InteractionsOf("b").ValueCounts);
    }

    private static List<string> Rows(string path, string sql) => DuckDbFile.Query(path, sql)
        .Select(row => string.Join("|", row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))
        .ToList();
}
