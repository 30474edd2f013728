using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Recomputes a journey's aggregates from its raw facts and compares them, row by row and column by column,
/// with the stored ones; reports each difference in plain words.
/// </summary>
internal static class AggregateCheck
{
    // Durations and values are reals: sums of the same values added in another order differ in their last bits.
    private const double RelativeTolerance = 1e-9;

    internal static IReadOnlyList<string> Run(DuckDBConnection connection, Journey journey)
    {
        var differences = new List<string>();
        // One transaction, so facts and aggregates are read as of the same moment.
        using var transaction = connection.BeginTransaction();
        var wanted = AggregateLayout.Of(journey);
        var layout = AggregateMaintenance.StoredLayout(connection, journey.Id);
        if (layout is null)
        {
            differences.Add($"No aggregates are kept for journey '{journey.Id}'; loading the journey again builds them.");
            layout = wanted;
        }
        else if (!layout.SameAs(wanted))
        {
            differences.Add($"The aggregates are kept by segments {layout.SegmentsJson} with value counts {layout.ValueCountsJson}, " +
                $"but journey '{journey.Id}' asks for segments {wanted.SegmentsJson} with value counts {wanted.ValueCountsJson}.");
        }

        foreach (var kind in AggregateMaintenance.Kinds)
        {
            CompareRows(connection, journey.Id, new AggregateSql(layout, kind), layout, differences);
        }

        CompareValueCounts(connection, journey.Id, new AggregateSql(layout, FactKind.Interaction), layout, differences);
        return differences;
    }

    private static void CompareRows(DuckDBConnection connection, string journeyId, AggregateSql sql, AggregateLayout layout,
        List<string> differences)
    {
        var columns = AggregateColumns.Of(sql.Kind);
        var table = AggregateSql.TableOf(sql.Kind);
        var pairs = string.Join(", ", columns.Select(c => $"e.{c.Name}, s.{c.Name}"));
        var differs = string.Join(" OR ", columns.Select(c => $"e.{c.Name} IS DISTINCT FROM s.{c.Name}"));
        using var command = connection.Command($"""
            WITH e AS ({sql.Select(FactWriter.TableOf(sql.Kind), "journey_id = $journey")}),
                s AS (SELECT * FROM {table} WHERE journey_id = $journey)
            SELECT coalesce(e.touchpoint_id, s.touchpoint_id), coalesce(e.day, s.day), coalesce(e.segment, s.segment), {pairs}
            FROM e FULL OUTER JOIN s ON e.touchpoint_id = s.touchpoint_id AND e.day = s.day AND e.segment = s.segment
            WHERE {differs}
            ORDER BY 1, 2, 3
            """, ("journey", journeyId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var where = Where(reader, table, layout);
            if (reader.IsDBNull(4))
            {
                differences.Add($"{where}: raw facts give {columns[0].Name} = {reader.GetInt64(3)}, but no aggregate row is stored.");
            }
            else if (reader.IsDBNull(3))
            {
                differences.Add($"{where}: an aggregate row is stored ({columns[0].Name} = {reader.GetInt64(4)}), but no raw fact matches it.");
            }
            else
            {
                var wrong = columns.Select((c, i) => Difference(reader, columns, i)).OfType<string>().ToList();
                if (wrong.Count > 0)
                {
                    differences.Add($"{where}: {string.Join("; ", wrong)}.");
                }
            }
        }
    }

    private static void CompareValueCounts(DuckDBConnection connection, string journeyId, AggregateSql sql, AggregateLayout layout,
        List<string> differences)
    {
        var expected = sql.CountsValues
            ? sql.SelectValueCounts(FactWriter.TableOf(FactKind.Interaction), "journey_id = $journey")
            : $"SELECT * FROM {AggregateSql.ValueCountTable} WHERE false";
        using var command = connection.Command($"""
            WITH e AS ({expected}), s AS (SELECT * FROM {AggregateSql.ValueCountTable} WHERE journey_id = $journey)
            SELECT coalesce(e.touchpoint_id, s.touchpoint_id), coalesce(e.day, s.day), coalesce(e.segment, s.segment),
                coalesce(e.measure, s.measure), coalesce(e.value, s.value), coalesce(e.n, 0), coalesce(s.n, 0)
            FROM e FULL OUTER JOIN s ON e.touchpoint_id = s.touchpoint_id AND e.day = s.day AND e.segment = s.segment
                AND e.measure = s.measure AND e.value = s.value
            WHERE e.n IS DISTINCT FROM s.n
            ORDER BY 1, 2, 3, 4, 5
            """, ("journey", journeyId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Where(reader, AggregateSql.ValueCountTable, layout)}: {reader.GetString(3)} {reader.GetDouble(4)} is counted {reader.GetInt64(6)} times, raw facts give {reader.GetInt64(5)}."));
        }
    }

    private static string Where(DbDataReader reader, string table, AggregateLayout layout)
    {
        var touchpoint = reader.GetString(0) is { Length: > 0 } id ? $"touchpoint '{id}'" : "relationship responses";
        var day = DateOnly.FromDateTime(reader.GetDateTime(1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{table}, {touchpoint}, {day}, {layout.Describe(reader.GetString(2))}";
    }

    /// <summary>How column <paramref name="i"/> differs (stored, then raw), or null when it agrees.</summary>
    private static string? Difference(DbDataReader reader, IReadOnlyList<AggregateColumn> columns, int i)
    {
        var column = columns[i];
        var raw = 3 + (2 * i);
        if (column.IsExact)
        {
            var (e, s) = (reader.GetInt64(raw), reader.GetInt64(raw + 1));
            return e == s ? null : string.Create(CultureInfo.InvariantCulture, $"{column.Name} is {s}, raw facts give {e}");
        }

        var (expected, stored) = (reader.GetDouble(raw), reader.GetDouble(raw + 1));
        return Math.Abs(expected - stored) <= RelativeTolerance * Scale(reader, columns, i, expected, stored)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{column.Name} is {stored:R}, raw facts give {expected:R}");
    }

    // The size of the terms added: for a sum, sqrt(n · sum of squares) bounds the sum of absolute values, so the
    // tolerance holds however much the terms cancel.
    private static double Scale(DbDataReader reader, IReadOnlyList<AggregateColumn> columns, int i, double expected, double stored)
    {
        var scale = Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(stored)));
        var squares = columns.ToList().FindIndex(c => c.Name == columns[i].Name + "_sq");
        var count = columns.ToList().FindIndex(c => c.Name == columns[i].CountColumn);
        return squares < 0 || count < 0
            ? scale
            : Math.Max(scale, Math.Sqrt(reader.GetInt64(3 + (2 * count)) * reader.GetDouble(3 + (2 * squares))));
    }
}
