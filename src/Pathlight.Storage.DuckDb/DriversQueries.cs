using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Key-driver data: one row per customer with a touchpoint score (the mean of their reality-else-NPS answers at each
/// touchpoint) and their outcome, streamed into pairwise statistics; the analysis itself is Core's.
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
            DriverOutcome.Recommend => LatestAnswer(where, "would_recommend", "CASE WHEN answer THEN 1.0 ELSE 0.0 END::DOUBLE"),
            DriverOutcome.Return => LatestAnswer(where, "would_return", "CASE WHEN answer THEN 1.0 ELSE 0.0 END::DOUBLE"),
            DriverOutcome.Nps => LatestAnswer(where, "nps", "answer::DOUBLE"),
            DriverOutcome.Churn => $"SELECT DISTINCT customer_id, 1.0::DOUBLE AS y FROM outcomes WHERE {anyTime} AND kind = 'churned'",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
        var missingOutcome = outcome == DriverOutcome.Churn ? "0.0::DOUBLE" : "NULL";
        var index = journey.Touchpoints.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var sample = new DriverSample(journey.Touchpoints.Count);

        using var connection = store.Connect();
        using var command = connection.Command($"""
            WITH scores AS (
                SELECT customer_id, touchpoint_id, avg(coalesce(reality, nps))::DOUBLE AS score
                FROM responses
                WHERE {where} AND touchpoint_id IS NOT NULL AND customer_id IS NOT NULL AND coalesce(reality, nps) IS NOT NULL
                GROUP BY customer_id, touchpoint_id
            ),
            outcome AS ({outcomeSql})
            SELECT s.customer_id, s.touchpoint_id, s.score, coalesce(o.y, {missingOutcome}) AS y
            FROM scores s LEFT JOIN outcome o ON o.customer_id = s.customer_id
            ORDER BY s.customer_id
            """, parameters);
        using var reader = command.ExecuteReader();
        var scores = new double[sample.Drivers];
        var outcomeValue = double.NaN;
        string? customer = null;
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (id != customer)
            {
                if (customer is not null) sample.Add(outcomeValue, scores);
                customer = id;
                Array.Fill(scores, double.NaN);
                outcomeValue = reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3);
            }

            if (index.TryGetValue(reader.GetString(1), out var at)) scores[at] = reader.GetDouble(2);
        }

        if (customer is not null) sample.Add(outcomeValue, scores);
        return sample;
    }

    /// <summary>The key-driver analysis of a journey's customers under a filter (<see cref="DriverAnalysis.Analyze"/>).</summary>
    public static DriverReport GetDrivers(this DuckDbStore store, Journey journey, FactFilter filter, DriverOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return DriverAnalysis.Analyze(journey, outcome, store.GetDriverSample(journey, filter, outcome), filter.From, filter.To);
    }

    // The customer's latest relationship response (no touchpoint) that answers the question; ties by id.
    private static string LatestAnswer(string where, string column, string value) => $"""
        SELECT customer_id, {value} AS y FROM (
            SELECT customer_id, {column} AS answer,
                row_number() OVER (PARTITION BY customer_id ORDER BY ts DESC, id DESC) AS latest
            FROM responses
            WHERE {where} AND touchpoint_id IS NULL AND customer_id IS NOT NULL AND {column} IS NOT NULL
        ) WHERE latest = 1
        """;
}
