using System.Globalization;
using System.Text;
using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Key-driver data: each customer's touchpoint scores (the mean of their reality-else-NPS answers at each touchpoint)
/// and outcome, streamed into pairwise statistics; the analysis itself is Core's.
/// </summary>
public static class DriversStoreExtensions
{
    /// <summary>
    /// The outcomes and touchpoint scores of the customers who have at least one touchpoint score under the filter;
    /// driver i is the journey's i-th touchpoint.
    /// The filter's window and conditions select the responses; for churn, a <c>churned</c> outcome counts whenever
    /// it came (it usually follows the experiences by weeks), under the filter's attribute conditions.
    /// </summary>
    public static DriverSample GetDriverSample(this DuckDbStore store, Journey journey, FactFilter filter, DriverOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        var (anyTime, _) = StatisticsQueries.WhereClause(journey.Id, filter with { From = null, To = null });
        var outcomeSql = outcome switch
        {
            DriverOutcome.Recommend => LatestAnswer("would_recommend", "CASE WHEN would_recommend THEN 1.0 ELSE 0.0 END"),
            DriverOutcome.Return => LatestAnswer("would_return", "CASE WHEN would_return THEN 1.0 ELSE 0.0 END"),
            DriverOutcome.Nps => LatestAnswer("nps", "nps"),
            DriverOutcome.Churn => $"""
                SELECT DISTINCT k.customer, {OutcomeRow}, 1.0::DOUBLE
                FROM {FactWriter.TableOf(FactKind.Outcome)} f JOIN keys k ON k.identity_id = f.identity_id
                WHERE {anyTime} AND kind = 'churned'
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
        var drivers = new StringBuilder();
        var touchpoints = new List<(string, object?)>();
        for (var i = 0; i < journey.Touchpoints.Count; i++)
        {
            drivers.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"($touchpoint{i}, {i})");
            touchpoints.Add(($"touchpoint{i}", journey.Touchpoints[i].Id));
        }

        // One row per answer, sorted by customer and then driver, so a customer's scores arrive together and each
        // touchpoint's answers in a run: reading them needs no lookups and no memory beyond one customer. Customers
        // are numbered in the order of their keys, so the sort is over integers and the sums run in the same order
        // however the facts were imported.
        using var connection = store.Connect();
        using var command = connection.Command($"""
            WITH keys AS (
                SELECT id AS identity_id, dense_rank() OVER (ORDER BY customer_key) AS customer
                FROM identities WHERE journey_id = $journey
            ),
            drivers(touchpoint_id, driver) AS (VALUES {drivers}),
            facts AS NOT MATERIALIZED (
                SELECT k.customer, f.* FROM {FactWriter.TableOf(FactKind.Response)} f JOIN keys k ON k.identity_id = f.identity_id
                WHERE {where}
            )
            SELECT f.customer, coalesce(d.driver, {UnknownTouchpoint}) AS driver, coalesce(f.reality, f.nps)::DOUBLE AS value
            FROM facts f LEFT JOIN drivers d ON d.touchpoint_id = f.touchpoint_id
            WHERE f.touchpoint_id IS NOT NULL AND coalesce(f.reality, f.nps) IS NOT NULL
            UNION ALL
            {outcomeSql}
            ORDER BY 1, 2
            """, [.. parameters, .. touchpoints]);
        using var reader = command.ExecuteReader();
        var rows = new DriverRows(journey.Touchpoints.Count, outcome == DriverOutcome.Churn ? 0 : double.NaN);
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0), reader.GetInt32(1), reader.GetDouble(2));
        }

        return rows.Finish();
    }

    /// <summary>The key-driver analysis of a journey's customers under a filter (<see cref="DriverAnalysis.Analyze"/>).</summary>
    public static DriverReport GetDrivers(this DuckDbStore store, Journey journey, FactFilter filter, DriverOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return DriverAnalysis.Analyze(journey, outcome, store.GetDriverSample(journey, filter, outcome), filter.From, filter.To);
    }

    // The driver column's value on a customer's outcome row, and on the answers at touchpoints the journey no longer
    // has (they still make the customer one with a touchpoint score).
    internal const int OutcomeRow = -1;
    internal const int UnknownTouchpoint = -2;

    // The customer's latest relationship response (no touchpoint) that answers the question; ties by id.
    private static string LatestAnswer(string column, string value) => $"""
        SELECT customer, {OutcomeRow}, arg_max({value}, (ts, id))::DOUBLE
        FROM facts WHERE touchpoint_id IS NULL AND {column} IS NOT NULL
        GROUP BY customer
        """;
}
