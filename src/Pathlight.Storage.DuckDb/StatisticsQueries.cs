using System.Data.Common;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Computes sufficient statistics per touchpoint in SQL: histograms and moment sums, never individual rows.
/// The metric code in Core turns them into NPS, CSAT, gaps and lights.
/// </summary>
internal static class StatisticsQueries
{
    /// <summary>touchpoint_id, then the aggregates <see cref="ReadResponseGroup"/> reads, in its order.</summary>
    internal static readonly string ResponseColumns = string.Join(",\n", ResponseSelectList());

    internal static JourneyStatistics Read(DuckDBConnection connection, Journey journey, FactFilter filter)
    {
        var statistics = new JourneyStatistics();
        var (where, parameters) = WhereClause(journey.Id, filter);
        ReadResponses(connection, statistics, where, parameters);
        ReadInteractions(connection, statistics, where, parameters);
        foreach (var touchpoint in journey.Touchpoints.Where(t => t.Kpi is { Kind: KpiKind.Median }))
        {
            ReadValueCounts(connection, statistics, touchpoint, where, parameters);
        }

        return statistics;
    }

    internal static (string Sql, (string Name, object? Value)[] Parameters) WhereClause(string journeyId, FactFilter filter)
    {
        var clauses = new List<string> { "journey_id = $journey" };
        var parameters = new List<(string, object?)> { ("journey", journeyId) };
        if (filter.From is { } from)
        {
            clauses.Add("ts >= $from");
            parameters.Add(("from", from));
        }

        if (filter.To is { } to)
        {
            clauses.Add("ts < $to");
            parameters.Add(("to", to));
        }

        for (var i = 0; i < filter.Where.Count; i++)
        {
            var (name, value) = filter.Where[i];
            clauses.Add($"json_extract_string(attributes, $path{i}) = $value{i}");
            parameters.Add(($"path{i}", "$.\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
            parameters.Add(($"value{i}", value));
        }

        return (string.Join(" AND ", clauses), parameters.ToArray());
    }

    private static IEnumerable<string> ResponseSelectList()
    {
        yield return "touchpoint_id";
        yield return "count(*)";
        for (var s = 0; s <= 10; s++) yield return $"count(*) FILTER (WHERE nps = {s})";
        for (var s = 1; s <= 5; s++) yield return $"count(*) FILTER (WHERE csat = {s})";
        for (var s = 1; s <= 7; s++) yield return $"count(*) FILTER (WHERE ces = {s})";
        yield return "count(reality - expectation)";
        yield return "coalesce(sum(reality - expectation), 0)::DOUBLE";
        yield return "coalesce(sum((reality - expectation)::INTEGER * (reality - expectation)), 0)::DOUBLE";
        yield return "count(coalesce(reality, nps))";
        yield return "coalesce(sum(coalesce(reality, nps)), 0)::DOUBLE";
        yield return "coalesce(sum(coalesce(reality, nps)::INTEGER * coalesce(reality, nps)), 0)::DOUBLE";
        yield return "count(expectation)";
        yield return "coalesce(sum(expectation), 0)::DOUBLE";
        yield return "coalesce(sum(expectation::INTEGER * expectation), 0)::DOUBLE";
        foreach (var question in new[] { "expectations_met", "would_return", "would_recommend" })
        {
            yield return $"count(*) FILTER (WHERE {question})";
            yield return $"count(*) FILTER (WHERE NOT {question})";
        }
    }

    private static void ReadResponses(DuckDBConnection connection, JourneyStatistics statistics, string where,
        (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command($"SELECT {ResponseColumns} FROM responses WHERE {where} GROUP BY touchpoint_id",
            parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var group = reader.IsDBNull(0) ? statistics.Relationship : new ResponseStatistics();
            if (!reader.IsDBNull(0))
            {
                statistics.Responses[reader.GetString(0)] = group;
            }

            ReadResponseGroup(reader, group, 1);
        }
    }

    /// <summary>Reads the aggregates of <see cref="ResponseColumns"/> after touchpoint_id, starting at <paramref name="column"/>.</summary>
    internal static void ReadResponseGroup(DbDataReader reader, ResponseStatistics group, int column)
    {
        group.Responses = reader.GetInt64(column++);
        column = ReadHistogram(reader, group.Nps, column);
        column = ReadHistogram(reader, group.Csat, column);
        column = ReadHistogram(reader, group.Ces, column);
        group.Gap = ReadMoments(reader, column);
        group.Score = ReadMoments(reader, column + 3);
        group.Expectation = ReadMoments(reader, column + 6);
        column += 9;
        group.ExpectationsMet = new YesNo(reader.GetInt64(column), reader.GetInt64(column + 1));
        group.WouldReturn = new YesNo(reader.GetInt64(column + 2), reader.GetInt64(column + 3));
        group.WouldRecommend = new YesNo(reader.GetInt64(column + 4), reader.GetInt64(column + 5));
    }

    private static Moments ReadMoments(DbDataReader reader, int column) =>
        new(reader.GetInt64(column), reader.GetDouble(column + 1), reader.GetDouble(column + 2));

    private static int ReadHistogram(DbDataReader reader, long[] histogram, int column)
    {
        for (var i = 0; i < histogram.Length; i++)
        {
            histogram[i] = reader.GetInt64(column++);
        }

        return column;
    }

    private static void ReadInteractions(DuckDBConnection connection, JourneyStatistics statistics, string where,
        (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command($"""
            SELECT touchpoint_id, count(*),
                count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success),
                count(duration_seconds), coalesce(sum(duration_seconds), 0), coalesce(sum(duration_seconds * duration_seconds), 0),
                count(value), coalesce(sum(value), 0), coalesce(sum(value * value), 0)
            FROM interactions WHERE {where} GROUP BY touchpoint_id
            """, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            statistics.Interactions[reader.GetString(0)] = new InteractionStatistics
            {
                Count = reader.GetInt64(1),
                Success = new YesNo(reader.GetInt64(2), reader.GetInt64(3)),
                Duration = new Moments(reader.GetInt64(4), reader.GetDouble(5), reader.GetDouble(6)),
                Value = new Moments(reader.GetInt64(7), reader.GetDouble(8), reader.GetDouble(9)),
            };
        }
    }

    private static void ReadValueCounts(DuckDBConnection connection, JourneyStatistics statistics, Touchpoint touchpoint,
        string where, (string Name, object? Value)[] parameters)
    {
        var column = touchpoint.Kpi!.Measure == KpiMeasure.Value ? "value" : "duration_seconds";
        if (!statistics.Interactions.TryGetValue(touchpoint.Id, out var group))
        {
            return;
        }

        var counts = column == "value" ? group.ValueCounts : group.DurationCounts;
        using var command = connection.Command(
            $"SELECT {column}, count(*) FROM interactions WHERE {where} AND touchpoint_id = $touchpoint AND {column} IS NOT NULL GROUP BY 1",
            [.. parameters, ("touchpoint", touchpoint.Id)]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetDouble(0)] = reader.GetInt64(1);
        }
    }
}
