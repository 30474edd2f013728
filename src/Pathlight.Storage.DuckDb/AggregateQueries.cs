using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Scorecard and trend statistics from the aggregates instead of the raw facts: the same columns, summed over
/// the aggregate rows (touchpoint × day × segment) a filter selects, so the results are the same objects.
/// </summary>
internal static class AggregateQueries
{
    /// <summary>
    /// The layout to read by when the aggregates can answer the filter exactly: they are kept in the layout the
    /// journey asks for, its bounds fall on UTC midnights (days are the finest grain kept), and each condition
    /// names a segment dimension. Null when the raw facts must be read.
    /// </summary>
    internal static AggregateLayout? Usable(DuckDBConnection connection, Journey journey, FactFilter filter)
    {
        if (!AtMidnight(filter.From) || !AtMidnight(filter.To))
        {
            return null;
        }

        var layout = AggregateMaintenance.StoredLayout(connection, journey.Id);
        return layout is not null
            && layout.SameAs(AggregateLayout.Of(journey))
            && filter.Where.All(condition => layout.Segments.Contains(condition.Key, StringComparer.Ordinal))
            ? layout
            : null;
    }

    internal static JourneyStatistics Read(DuckDBConnection connection, Journey journey, FactFilter filter, AggregateLayout layout)
    {
        var statistics = new JourneyStatistics();
        var (where, parameters) = WhereClause(journey.Id, filter, layout);
        using (var command = connection.Command($"""
            SELECT nullif(touchpoint_id, '{AggregateSql.NoTouchpoint}'), {Sums(AggregateColumns.Responses)}
            FROM {AggregateSql.ResponseTable} WHERE {where} GROUP BY 1
            """, parameters))
        {
            StatisticsQueries.ReadResponses(command, statistics);
        }

        using (var command = connection.Command($"""
            SELECT touchpoint_id, {Sums(AggregateColumns.Interactions)}
            FROM {AggregateSql.InteractionTable} WHERE {where} GROUP BY 1
            """, parameters))
        {
            StatisticsQueries.ReadInteractions(command, statistics);
        }

        foreach (var (touchpoint, column) in layout.ValueCounts)
        {
            if (statistics.Interactions.TryGetValue(touchpoint, out var group))
            {
                using var command = connection.Command($"""
                    SELECT value, sum(n)::BIGINT FROM {AggregateSql.ValueCountTable}
                    WHERE {where} AND touchpoint_id = $touchpoint AND measure = $measure GROUP BY 1
                    """, [.. parameters, ("touchpoint", touchpoint), ("measure", column)]);
                StatisticsQueries.ReadValueCounts(command, column == "value" ? group.ValueCounts : group.DurationCounts);
            }
        }

        return statistics;
    }

    internal static IReadOnlyList<PeriodStatistics> ReadTrend(DuckDBConnection connection, Journey journey, FactFilter filter,
        AggregateLayout layout, string unit)
    {
        var (where, parameters) = WhereClause(journey.Id, filter, layout);
        using var command = connection.Command($"""
            SELECT date_trunc('{unit}', day)::TIMESTAMP AS period_start,
                nullif(touchpoint_id, '{AggregateSql.NoTouchpoint}') AS touchpoint, {Sums(AggregateColumns.Responses)}
            FROM {AggregateSql.ResponseTable} WHERE {where}
            GROUP BY 1, 2
            ORDER BY 1, 2 NULLS FIRST
            """, parameters);
        return TrendQueries.ReadPeriods(command);
    }

    private static (string Sql, (string Name, object? Value)[] Parameters) WhereClause(string journeyId, FactFilter filter,
        AggregateLayout layout)
    {
        var clauses = new List<string> { "journey_id = $journey" };
        var parameters = new List<(string, object?)> { ("journey", journeyId) };
        if (filter.From is { } from)
        {
            clauses.Add("day >= $from");
            parameters.Add(("from", DateOnly.FromDateTime(from)));
        }

        if (filter.To is { } to)
        {
            clauses.Add("day < $to");
            parameters.Add(("to", DateOnly.FromDateTime(to)));
        }

        for (var i = 0; i < filter.Where.Count; i++)
        {
            var (name, value) = filter.Where[i];
            var position = layout.Segments.ToList().IndexOf(name);
            clauses.Add($"json_extract_string(segment, '$[{position}]') = $value{i}");
            parameters.Add(($"value{i}", value));
        }

        return (string.Join(" AND ", clauses), parameters.ToArray());
    }

    private static string Sums(IReadOnlyList<AggregateColumn> columns) => string.Join(", ", columns.Select(c => c.AggregateSelect));

    private static bool AtMidnight(DateTime? bound) => bound is not { } b || b.TimeOfDay == TimeSpan.Zero;
}
