using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Paths;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Path counts in SQL: each customer's visits (interactions, and support cases when the journey has no support
/// touchpoint) ordered by time, numbered and paired with the next visit by window functions, then counted per
/// step and per distinct whole path. Only those counts leave the database, never the visits themselves.
/// </summary>
public static class PathsStoreExtensions
{
    // A control character cannot occur in a touchpoint id, so it safely separates the nodes of a path.
    private const char Separator = '\u001f';

    /// <summary>The path report of <paramref name="journey"/>'s facts under <paramref name="filter"/>.</summary>
    public static PathReport GetPaths(this DuckDbStore store, Journey journey, FactFilter filter) =>
        PathAnalysis.Build(journey, store.GetPathCounts(journey, filter), filter);

    /// <summary>
    /// The moves per step and the distinct paths of <paramref name="journey"/>'s customers under
    /// <paramref name="filter"/>. Facts without a customer id are left out: they have no path.
    /// </summary>
    public static PathCounts GetPathCounts(this DuckDbStore store, Journey journey, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        var cases = PathPlan.For(journey).CasesAsSupport
            ? $"""
                UNION ALL
                SELECT customer_id, '{PathNodes.Support}', ts, 1, id
                FROM (SELECT *, opened_at AS ts FROM cases)
                WHERE {where} AND customer_id IS NOT NULL
                """
            : "";
        var visits = $"""
            WITH visits AS (
                SELECT customer_id, touchpoint_id AS node, ts, 0 AS kind, id
                FROM interactions
                WHERE {where} AND customer_id IS NOT NULL
                {cases}
            ),
            steps AS (
                SELECT customer_id, node, ts, kind, id,
                    row_number() OVER w AS step,
                    lead(node) OVER w AS next
                FROM visits
                WINDOW w AS (PARTITION BY customer_id ORDER BY ts, kind, id)
            )
            """;

        using var connection = store.Connect();
        return new PathCounts(ReadSteps(connection, visits, parameters), ReadSequences(connection, visits, parameters));
    }

    private static List<StepTransition> ReadSteps(DuckDBConnection connection, string visits, (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command($"""
            {visits}
            SELECT 0 AS step, '{PathNodes.Start}' AS from_node, node AS to_node, count(*) FROM steps WHERE step = 1 GROUP BY node
            UNION ALL
            SELECT step, node, coalesce(next, '{PathNodes.End}'), count(*) FROM steps GROUP BY step, node, next
            ORDER BY 1, 2, 3
            """, parameters);
        using var reader = command.ExecuteReader();
        var steps = new List<StepTransition>();
        while (reader.Read())
        {
            steps.Add(new StepTransition(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return steps;
    }

    private static List<PathSequence> ReadSequences(DuckDBConnection connection, string visits, (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command($"""
            {visits}
            SELECT path, count(*) AS customers
            FROM (SELECT customer_id, string_agg(node, chr({(int)Separator}) ORDER BY step) AS path FROM steps GROUP BY customer_id)
            GROUP BY path
            ORDER BY customers DESC, path
            """, parameters);
        using var reader = command.ExecuteReader();
        var sequences = new List<PathSequence>();
        while (reader.Read())
        {
            sequences.Add(new PathSequence(reader.GetString(0).Split(Separator), reader.GetInt64(1)));
        }

        return sequences;
    }
}
