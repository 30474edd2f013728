using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Builds and rebuilds a journey's aggregates from its raw facts, and records the layout they were built with.
/// Every method runs inside the caller's transaction.
/// </summary>
internal static class AggregateMaintenance
{
    internal static readonly FactKind[] Kinds = [FactKind.Response, FactKind.Interaction];

    /// <summary>The layout the journey's aggregates were built with, or null when none are kept for it.</summary>
    internal static AggregateLayout? StoredLayout(DuckDBConnection connection, string journeyId)
    {
        using var command = connection.Command(
            $"SELECT segments, value_counts FROM {AggregateSql.LayoutTable} WHERE journey_id = $journey", ("journey", journeyId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? AggregateLayout.Parse(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// The layout to maintain the journey's aggregates by: the stored one (a writer's journey object may be older
    /// than the definition in the store), or, when none is stored, the journey's own, built from its facts now.
    /// </summary>
    internal static AggregateLayout LayoutFor(DuckDBConnection connection, Journey journey)
    {
        if (StoredLayout(connection, journey.Id) is { } stored)
        {
            return stored;
        }

        var layout = AggregateLayout.Of(journey);
        Rebuild(connection, journey.Id, layout);
        return layout;
    }

    /// <summary>Rebuilds the journey's aggregates when its definition asks for another layout (on loading it).</summary>
    internal static void Refresh(DuckDBConnection connection, Journey journey)
    {
        var wanted = AggregateLayout.Of(journey);
        if (StoredLayout(connection, journey.Id) is not { } stored || !stored.SameAs(wanted))
        {
            Rebuild(connection, journey.Id, wanted);
        }
    }

    /// <summary>Replaces the journey's aggregates with ones computed from its raw facts under the layout.</summary>
    internal static void Rebuild(DuckDBConnection connection, string journeyId, AggregateLayout layout)
    {
        var journey = ("journey", (object?)journeyId);
        foreach (var table in new[] { AggregateSql.ResponseTable, AggregateSql.InteractionTable, AggregateSql.ValueCountTable })
        {
            connection.Execute($"DELETE FROM {table} WHERE journey_id = $journey", journey);
        }

        foreach (var kind in Kinds)
        {
            var sql = new AggregateSql(layout, kind);
            var facts = FactWriter.TableOf(kind);
            connection.Execute($"INSERT INTO {AggregateSql.TableOf(kind)} {sql.Select(facts, "journey_id = $journey")}", journey);
            if (sql.CountsValues)
            {
                connection.Execute($"INSERT INTO {AggregateSql.ValueCountTable} {sql.SelectValueCounts(facts, "journey_id = $journey")}", journey);
            }
        }

        connection.Execute($"INSERT OR REPLACE INTO {AggregateSql.LayoutTable} VALUES ($journey, $segments, $value_counts)",
            journey, ("segments", layout.SegmentsJson), ("value_counts", layout.ValueCountsJson));
    }

    /// <summary>
    /// Builds the aggregates of every journey in the store from its facts (the schema migration that introduced
    /// them). A definition that no longer reads still gets its facts aggregated, without segments; loading the
    /// journey again rebuilds them with its layout.
    /// </summary>
    internal static void BuildAll(DuckDBConnection connection)
    {
        var definitions = new List<(string Id, string Definition)>();
        using (var command = connection.Command("SELECT id, definition FROM journeys ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (id, definition) in definitions)
        {
            AggregateLayout layout;
            try
            {
                layout = AggregateLayout.Of(JourneyFile.Parse(definition, $"journey '{id}' in the store"));
            }
            catch (JourneyFileException)
            {
                layout = AggregateLayout.Parse("[]", "{}");
            }

            Rebuild(connection, id, layout);
        }
    }
}
