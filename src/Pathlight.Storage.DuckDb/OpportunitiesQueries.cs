using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Opportunities;
using Pathlight.Scorecards;
using Pathlight.Support;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The opportunity backlog: the reach counts it alone needs, and the one place that gathers the scorecard, the
/// would-recommend drivers and the support report it is built from.
/// </summary>
public static class OpportunitiesStoreExtensions
{
    /// <summary>
    /// Distinct customers per touchpoint over its interactions and responses, and the journey's distinct customers over
    /// all interactions, responses and cases, each under the filter (cases by their opened time). Facts without a
    /// <c>customer_id</c> are not counted.
    /// </summary>
    public static OpportunityReach GetReach(this DuckDbStore store, Journey journey, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        using var connection = store.Connect();
        using var command = connection.Command($"""
            WITH visits AS (
                SELECT touchpoint_id, customer_id FROM interactions WHERE {where} AND customer_id IS NOT NULL
                UNION ALL
                SELECT touchpoint_id, customer_id FROM responses WHERE {where} AND customer_id IS NOT NULL
                UNION ALL
                SELECT NULL, customer_id FROM (SELECT *, opened_at AS ts FROM cases) WHERE {where} AND customer_id IS NOT NULL
            )
            SELECT touchpoint_id, count(DISTINCT customer_id) FROM visits WHERE touchpoint_id IS NOT NULL GROUP BY touchpoint_id
            UNION ALL
            SELECT NULL, count(DISTINCT customer_id) FROM visits
            """, parameters);
        using var reader = command.ExecuteReader();
        var touchpoints = new Dictionary<string, long>(StringComparer.Ordinal);
        long customers = 0;
        while (reader.Read())
        {
            if (reader.IsDBNull(0)) customers = reader.GetInt64(1);
            else touchpoints[reader.GetString(0)] = reader.GetInt64(1);
        }

        return new OpportunityReach(customers, touchpoints);
    }

    /// <summary>The ranked improvement opportunities of a journey under a filter (<see cref="OpportunityBuilder.Build"/>).</summary>
    public static OpportunityReport GetOpportunities(this DuckDbStore store, Journey journey, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var scorecard = ScorecardBuilder.Build(journey, store.GetStatistics(journey, filter), filter.From, filter.To);
        var drivers = store.GetDrivers(journey, filter, DriverOutcome.Recommend);
        var support = SupportReportBuilder.Build(journey, store.GetSupport(journey, filter), filter.From, filter.To);
        return OpportunityBuilder.Build(journey, scorecard, drivers, support, store.GetReach(journey, filter));
    }
}
