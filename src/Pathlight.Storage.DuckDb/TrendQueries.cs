using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Response statistics per period and touchpoint, for trends: the same aggregates as <see cref="StatisticsQueries"/>,
/// grouped also by the timestamp truncated to its week (ISO, Monday) or month.
/// </summary>
internal static class TrendQueries
{
    internal static IReadOnlyList<PeriodStatistics> Read(DuckDBConnection connection, Journey journey, FactFilter filter,
        TrendPeriod period)
    {
        var unit = period switch
        {
            TrendPeriod.Week => "week",
            TrendPeriod.Month => "month",
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
        };
        var (where, parameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        using var command = connection.Command($"""
            SELECT date_trunc('{unit}', ts)::TIMESTAMP AS period_start, {StatisticsQueries.ResponseColumns}
            FROM responses WHERE {where}
            GROUP BY period_start, touchpoint_id
            ORDER BY period_start, touchpoint_id NULLS FIRST
            """, parameters);
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
}
