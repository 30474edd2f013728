using System.Data.Common;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Computes sufficient statistics per touchpoint in SQL: histograms and moment sums, never individual rows.
/// The metric code in Core turns them into NPS, CSAT, gaps and lights. Reads the aggregates when the filter
/// allows (<see cref="AggregateQueries"/>), else the raw facts.
/// </summary>
internal static class StatisticsQueries
{
    /// <summary>The aggregates <see cref="ReadResponseGroup"/> reads, in its order, over raw response rows.</summary>
    internal static readonly string ResponseColumns = string.Join(",\n", AggregateColumns.Responses.Select(c => c.RawSelect));

    private static readonly string InteractionColumns = string.Join(",\n", AggregateColumns.Interactions.Select(c => c.RawSelect));

    internal static JourneyStatistics Read(DuckDBConnection connection, Journey journey, FactFilter filter, bool rawFacts = false)
    {
        if (!rawFacts && AggregateQueries.Usable(connection, journey, filter) is { } layout)
        {
            return AggregateQueries.Read(connection, journey, filter, layout);
        }

        var statistics = new JourneyStatistics();
        var (where, parameters) = WhereClause(journey.Id, filter);
        using (var command = connection.Command(
            $"SELECT touchpoint_id, {ResponseColumns} FROM {FactWriter.TableOf(FactKind.Response)} WHERE {where} GROUP BY touchpoint_id",
            parameters))
        {
            ReadResponses(command, statistics);
        }

        using (var command = connection.Command(
            $"SELECT touchpoint_id, {InteractionColumns} FROM {FactWriter.TableOf(FactKind.Interaction)} WHERE {where} GROUP BY touchpoint_id",
            parameters))
        {
            ReadInteractions(command, statistics);
        }

        foreach (var touchpoint in journey.Touchpoints.Where(t => t.Kpi is { Kind: KpiKind.Median }))
        {
            if (statistics.Interactions.TryGetValue(touchpoint.Id, out var group))
            {
                var column = AggregateLayout.MedianColumn(touchpoint.Kpi!);
                using var command = connection.Command(
                    $"SELECT {column}, count(*) FROM {FactWriter.TableOf(FactKind.Interaction)} WHERE {where} AND touchpoint_id = $touchpoint AND {column} IS NOT NULL GROUP BY 1",
                    [.. parameters, ("touchpoint", touchpoint.Id)]);
                ReadValueCounts(command, column == "value" ? group.ValueCounts : group.DurationCounts);
            }
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
            parameters.Add(($"path{i}", AggregateLayout.AttributePath(name)));
            parameters.Add(($"value{i}", value));
        }

        return (string.Join(" AND ", clauses), parameters.ToArray());
    }

    /// <summary>Reads rows of a touchpoint (null for relationship responses) and the response columns.</summary>
    internal static void ReadResponses(DuckDBCommand command, JourneyStatistics statistics)
    {
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

    /// <summary>Reads the aggregates of <see cref="ResponseColumns"/>, starting at <paramref name="column"/>.</summary>
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

    /// <summary>Reads rows of a touchpoint and the interaction columns.</summary>
    internal static void ReadInteractions(DuckDBCommand command, JourneyStatistics statistics)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            statistics.Interactions[reader.GetString(0)] = new InteractionStatistics
            {
                Count = reader.GetInt64(1),
                Success = new YesNo(reader.GetInt64(2), reader.GetInt64(3)),
                Duration = ReadMoments(reader, 4),
                Value = ReadMoments(reader, 7),
            };
        }
    }

    /// <summary>Reads rows of a value and its count.</summary>
    internal static void ReadValueCounts(DuckDBCommand command, SortedDictionary<double, long> counts)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetDouble(0)] = reader.GetInt64(1);
        }
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
}
