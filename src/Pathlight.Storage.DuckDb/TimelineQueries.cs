using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Timelines;

namespace Pathlight.Storage.DuckDb;

/// <summary>The store's queries for customer timelines and the first / last / peak analysis.</summary>
public static class TimelineStoreExtensions
{
    /// <summary>Every fact of one customer (by their stitched key) in a journey, of all four kinds, in no particular order.</summary>
    public static IReadOnlyList<Fact> GetCustomerFacts(this DuckDbStore store, string journeyId, string customerId)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        return CustomerFacts.Read(connection, customerId, CustomerFacts.Nodes(connection, journeyId, customerId));
    }

    /// <summary>
    /// Per customer with a touchpoint score or a relationship answer under the filter: their touchpoint scores in time
    /// order (ties by response id) and the latest relationship answer to each of the three outcome questions.
    /// </summary>
    public static IReadOnlyList<CustomerScores> GetCustomerScores(this DuckDbStore store, Journey journey, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        using var connection = store.Connect();
        using var command = connection.Command($"""
            SELECT customer_id, touchpoint_id, coalesce(reality, nps) AS score, nps, would_recommend, would_return
            FROM responses
            WHERE {where} AND customer_id IS NOT NULL
                AND (touchpoint_id IS NULL OR coalesce(reality, nps) IS NOT NULL)
            ORDER BY customer_id, ts, id
            """, parameters);
        using var reader = command.ExecuteReader();
        var customers = new List<CustomerScores>();
        string? current = null;
        var scores = new List<double>();
        int? nps = null;
        bool? recommend = null, back = null;
        while (reader.Read())
        {
            var customer = reader.GetString(0);
            if (customer != current)
            {
                if (current is not null) customers.Add(new CustomerScores(current, scores, nps, recommend, back));
                (current, scores, nps, recommend, back) = (customer, [], null, null, null);
            }

            if (!reader.IsDBNull(1))
            {
                scores.Add(reader.Small(2)!.Value);
                continue;
            }

            // Rows come oldest first, so each later answer replaces the earlier one: the latest answer wins.
            nps = reader.Small(3) ?? nps;
            recommend = reader.Flag(4) ?? recommend;
            back = reader.Flag(5) ?? back;
        }

        if (current is not null) customers.Add(new CustomerScores(current, scores, nps, recommend, back));
        return customers;
    }
}
