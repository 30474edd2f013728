using System.Data.Common;
using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Timelines;

namespace Pathlight.Storage.DuckDb;

/// <summary>The store's queries for customer timelines and the first / last / peak analysis.</summary>
public static class TimelineStoreExtensions
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>Every fact of one customer in a journey, of all four kinds, in no particular order.</summary>
    public static IReadOnlyList<Fact> GetCustomerFacts(this DuckDbStore store, string journeyId, string customerId)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        var facts = new List<Fact>();
        (string, object?)[] parameters = [("journey", journeyId), ("customer", customerId)];
        const string Where = "WHERE journey_id = $journey AND customer_id = $customer";
        using (var command = connection.Command($"""
            SELECT id, touchpoint_id, channel, ts, success, duration_seconds, value, attributes FROM interactions {Where}
            """, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new InteractionFact(reader.GetString(0), reader.GetString(1), Text(reader, 2), Utc(reader, 3), customerId,
                    Flag(reader, 4), Real(reader, 5), Real(reader, 6), Attributes(reader, 7)));
            }
        }

        using (var command = connection.Command($"""
            SELECT id, touchpoint_id, ts, nps, csat, ces, expectation, reality, expectations_met, would_return, would_recommend,
                comment, attributes
            FROM responses {Where}
            """, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new ResponseFact(reader.GetString(0), Text(reader, 1), Utc(reader, 2), customerId, Small(reader, 3),
                    Small(reader, 4), Small(reader, 5), Small(reader, 6), Small(reader, 7), Flag(reader, 8), Flag(reader, 9),
                    Flag(reader, 10), Text(reader, 11), Attributes(reader, 12)));
            }
        }

        using (var command = connection.Command($"""
            SELECT id, touchpoint_id, channel, category, opened_at, resolved_at, contacts, first_contact_resolution, reopened, attributes
            FROM cases {Where}
            """, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new CaseFact(reader.GetString(0), Text(reader, 1), customerId, Text(reader, 2), Text(reader, 3), Utc(reader, 4),
                    reader.IsDBNull(5) ? null : Utc(reader, 5), reader.GetInt32(6), Flag(reader, 7), Flag(reader, 8), Attributes(reader, 9)));
            }
        }

        using (var command = connection.Command($"SELECT id, kind, ts, value, attributes FROM outcomes {Where}", parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new OutcomeFact(reader.GetString(0), customerId, reader.GetString(1), Utc(reader, 2), Real(reader, 3),
                    Attributes(reader, 4)));
            }
        }

        return facts;
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
                scores.Add(Small(reader, 2)!.Value);
                continue;
            }

            // Rows come oldest first, so each later answer replaces the earlier one: the latest answer wins.
            nps = Small(reader, 3) ?? nps;
            recommend = Flag(reader, 4) ?? recommend;
            back = Flag(reader, 5) ?? back;
        }

        if (current is not null) customers.Add(new CustomerScores(current, scores, nps, recommend, back));
        return customers;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static bool? Flag(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetBoolean(column);

    private static double? Real(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    private static int? Small(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime Utc(DbDataReader reader, int column) => DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);

    private static IReadOnlyDictionary<string, string> Attributes(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? NoAttributes : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(column)) ?? NoAttributes;
}
