using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Response statistics per period and touchpoint, for trends: the same aggregates as <see cref="StatisticsQueries"/>,
/// grouped also by the timestamp truncated to its week (ISO, Monday) or month. Reads the aggregates when the
/// filter allows, else the raw facts.
/// </summary>
internal static class TrendQueries
{
    internal static IReadOnlyList<PeriodStatistics> Read(DuckDBConnection connection, Journey journey, FactFilter filter,
        TrendPeriod period, bool rawFacts = false)
    {
        var unit = Unit(period);
        if (!rawFacts && AggregateQueries.Usable(connection, journey, filter) is { } layout)
        {
            return AggregateQueries.ReadTrend(connection, journey, filter, layout, unit);
        }

        var (where, parameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        using var command = connection.Command($"""
            SELECT date_trunc('{unit}', ts)::TIMESTAMP AS period_start, touchpoint_id, {StatisticsQueries.ResponseColumns}
            FROM {FactWriter.TableOf(FactKind.Response)} WHERE {where}
            GROUP BY period_start, touchpoint_id
            ORDER BY period_start, touchpoint_id NULLS FIRST
            """, parameters);
        return ReadPeriods(command);
    }

    /// <summary>Reads rows of a period start, a touchpoint (null for relationship responses) and the response columns.</summary>
    internal static IReadOnlyList<PeriodStatistics> ReadPeriods(DuckDBCommand command)
    {
        using var reader = command.ExecuteReader();
        var periods = new List<PeriodStatistics>();
        while (reader.Read())
        {
            var statistics = new ResponseStatistics();
            StatisticsQueries.ReadResponseGroup(reader, statistics, 2);
            periods.Add(new PeriodStatistics(
                DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                statistics));
        }

        return periods;
    }

    private static string Unit(TrendPeriod period) => period switch
    {
        TrendPeriod.Week => "week",
        TrendPeriod.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
