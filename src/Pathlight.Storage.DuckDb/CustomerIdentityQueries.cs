using DuckDB.NET.Data;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>Finding stitched customers by any of their identifiers, and what the store knows about how they were joined.</summary>
public static class CustomerIdentityStoreExtensions
{
    /// <summary>
    /// The key of the customer an identifier belongs to in a journey, or null when no fact carried it. The value is
    /// normalized (and pseudonymized) the way facts' identifiers are; a bare customer key is accepted as well.
    /// </summary>
    /// <exception cref="PathlightException">The identifier's value is not valid for its kind.</exception>
    public static string? FindCustomer(this DuckDbStore store, Journey journey, Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        using var connection = store.Connect();
        return Find(connection, store, journey, identifier);
    }

    /// <summary>The customer with this key: identifiers and history; null when there is no such customer.</summary>
    public static CustomerIdentity? GetCustomerIdentity(this DuckDbStore store, Journey journey, string key)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        using var connection = store.Connect();
        return Read(connection, journey.Id, key, null);
    }

    /// <summary>The journey's shared identifiers (seen with too many customer_ids to merge anyone), most customers first.</summary>
    public static IReadOnlyList<SharedIdentifier> GetSharedIdentifiers(this DuckDbStore store, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        using var connection = store.Connect();
        using var command = connection.Command("""
            WITH edges AS (SELECT a AS x, b AS y FROM identity_links WHERE journey_id = $journey
                           UNION ALL SELECT b, a FROM identity_links WHERE journey_id = $journey)
            SELECT s.kind, s.value, s.first_seen, count(DISTINCT c.id) AS customers
            FROM identities s LEFT JOIN edges e ON e.x = s.id LEFT JOIN identities c ON c.id = e.y AND c.kind = 'customer_id'
            WHERE s.journey_id = $journey AND s.shared
            GROUP BY ALL ORDER BY customers DESC, s.kind, s.value
            """, ("journey", journey.Id));
        using var reader = command.ExecuteReader();
        var shared = new List<SharedIdentifier>();
        while (reader.Read())
        {
            shared.Add(new SharedIdentifier(new Identifier(reader.GetString(0), reader.GetString(1)), reader.GetInt64(3),
                DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc)));
        }

        return shared;
    }

    internal static string? Find(DuckDBConnection connection, DuckDbStore store, Journey journey, Identifier identifier)
    {
        var (normalized, reason) = new IdentifierNormalizer(journey.Options.Identity).Normalize(identifier.Kind, identifier.Value);
        if (normalized is not { } value)
        {
            throw new PathlightException($"{identifier.Kind}: {reason}");
        }

        var stored = store.PseudonymizerFor(connection, journey) is { } pseudonymizer ? pseudonymizer.Pseudonymize(value) : value;
        var key = connection.Scalar("SELECT customer_key FROM identities WHERE journey_id = $journey AND kind = $kind AND value = $value",
            ("journey", journey.Id), ("kind", stored.Kind), ("value", stored.Value)) as string;
        if (key is null && identifier.Kind == IdentifierKinds.CustomerId)
        {
            key = connection.Scalar("SELECT customer_key FROM identities WHERE journey_id = $journey AND customer_key = $key LIMIT 1",
                ("journey", journey.Id), ("key", identifier.Value)) as string;
        }

        return key;
    }

    /// <summary>The customer with this key, or null; adds the ids of their identity nodes to <paramref name="nodes"/> when given.</summary>
    internal static CustomerIdentity? Read(DuckDBConnection connection, string journeyId, string key, List<long>? nodes)
    {
        var identifiers = new List<KnownIdentifier>();
        using (var command = connection.Command("""
            SELECT kind, value, first_seen, shared, id FROM identities WHERE journey_id = $journey AND customer_key = $key
            ORDER BY kind <> 'customer_id', kind, value
            """, ("journey", journeyId), ("key", key)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                identifiers.Add(new KnownIdentifier(new Identifier(reader.GetString(0), reader.GetString(1)),
                    DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc), reader.GetBoolean(3)));
                nodes?.Add(reader.GetInt64(4));
            }
        }

        return identifiers.Count == 0 ? null : new CustomerIdentity(journeyId, key, identifiers, History(connection, journeyId, key));
    }

    private static List<IdentityEvent> History(DuckDBConnection connection, string journeyId, string key)
    {
        using var command = connection.Command("""
            SELECT e.happened_at, e.event, e.merged_key, a.kind, a.value, b.kind, b.value, e.fact_kind, e.fact_id, e.detail
            FROM identity_events e LEFT JOIN identities a ON a.id = e.a_id LEFT JOIN identities b ON b.id = e.b_id
            WHERE e.journey_id = $journey AND e.customer_key = $key ORDER BY e.id
            """, ("journey", journeyId), ("key", key));
        using var reader = command.ExecuteReader();
        var events = new List<IdentityEvent>();
        while (reader.Read())
        {
            events.Add(new IdentityEvent(
                DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc), reader.GetString(1), Text(reader, 2),
                reader.IsDBNull(3) ? null : new Identifier(reader.GetString(3), reader.GetString(4)),
                reader.IsDBNull(5) ? null : new Identifier(reader.GetString(5), reader.GetString(6)),
                Text(reader, 7), Text(reader, 8), Text(reader, 9)));
        }

        return events;
    }

    private static string? Text(System.Data.Common.DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
