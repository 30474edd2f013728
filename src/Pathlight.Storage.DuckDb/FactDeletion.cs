using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Deletes facts together with their share of the aggregates, so the two never disagree: the statistics of the
/// matching rows are subtracted from their aggregate rows, rows left holding no fact are removed, then the facts
/// are deleted. Runs inside the caller's transaction, which should hold the store's write lock
/// (<see cref="DuckDbStore.WriteLock"/>) as every change to aggregates does.
/// </summary>
internal static class FactDeletion
{
    /// <summary>
    /// Deletes the journey's facts of one kind matching <paramref name="where"/>, a SQL condition on the fact
    /// table's columns with named <paramref name="parameters"/> (<c>$name</c>; <c>$journey</c> is taken and set
    /// to the journey's id), and returns how many were deleted.
    /// </summary>
    internal static long Delete(DuckDBConnection connection, Journey journey, FactKind kind, string where,
        params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var layout = AggregateSql.IsAggregated(kind) ? AggregateMaintenance.LayoutFor(connection, journey) : null;
        return Delete(connection, journey.Id, layout, kind, where, parameters);
    }

    /// <summary>The same for a journey known only by id; its stored layout says how its aggregates are kept.</summary>
    internal static long Delete(DuckDBConnection connection, string journeyId, FactKind kind, string where,
        params (string Name, object? Value)[] parameters)
    {
        var layout = AggregateSql.IsAggregated(kind) ? AggregateMaintenance.StoredLayout(connection, journeyId) : null;
        return Delete(connection, journeyId, layout, kind, where, parameters);
    }

    private static long Delete(DuckDBConnection connection, string journeyId, AggregateLayout? layout, FactKind kind,
        string where, (string Name, object? Value)[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(where);
        if (parameters.Any(p => p.Name == "journey"))
        {
            throw new ArgumentException("The parameter name 'journey' is taken by the journey's id.", nameof(parameters));
        }

        var all = parameters.Append(("journey", journeyId)).ToArray();
        var table = FactWriter.TableOf(kind);
        var matching = $"journey_id = $journey AND ({where})";
        if (layout is not null)
        {
            var sql = new AggregateSql(layout, kind);
            connection.Execute(sql.Subtract(table, matching), all);
            connection.Execute(sql.RemoveEmpty(), ("journey", journeyId));
            if (sql.CountsValues)
            {
                connection.Execute(sql.SubtractValueCounts(table, matching), all);
                connection.Execute(AggregateSql.RemoveEmptyValueCounts(), ("journey", journeyId));
            }
        }

        return connection.Execute($"DELETE FROM {table} WHERE {matching}", all);
    }
}
