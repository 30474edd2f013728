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
                reader.Utc(2)));
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
                    reader.Utc(2), reader.GetBoolean(3)));
                nodes?.Add(reader.GetInt64(4));
            }
        }

        return identifiers.Count == 0 ? null : new CustomerIdentity(journeyId, key, identifiers, History(connection, journeyId, key));
    }

    // The events first and then the few identifiers they name: joining the events to `identities` makes DuckDB hash the
    // whole table (twice) whatever the number of events, which took most of a timeline's time with 500,000 identifiers.
    private static List<IdentityEvent> History(DuckDBConnection connection, string journeyId, string key)
    {
        var rows = new List<(DateTime At, string Event, string? Merged, long? A, long? B, string? FactKind, string? FactId, string? Detail)>();
        using (var command = connection.Command("""
            SELECT happened_at, event, merged_key, a_id, b_id, fact_kind, fact_id, detail
            FROM identity_events WHERE journey_id = $journey AND customer_key = $key ORDER BY id
            """, ("journey", journeyId), ("key", key)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.Utc(0), reader.GetString(1), reader.Text(2), reader.Whole(3), reader.Whole(4), reader.Text(5),
                    reader.Text(6), reader.Text(7)));
            }
        }

        var named = Identifiers(connection, rows.SelectMany(r => new[] { r.A, r.B }).OfType<long>().Distinct().ToList());
        return [.. rows.Select(r => new IdentityEvent(r.At, r.Event, r.Merged, Named(named, r.A), Named(named, r.B), r.FactKind, r.FactId, r.Detail))];
    }

    private static Dictionary<long, Identifier> Identifiers(DuckDBConnection connection, List<long> ids)
    {
        var identifiers = new Dictionary<long, Identifier>();
        if (ids.Count == 0) return identifiers;
        var (list, parameters) = DuckDbCommands.InList("id", ids);
        using var command = connection.Command($"SELECT id, kind, value FROM identities WHERE id IN ({list})", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            identifiers[reader.GetInt64(0)] = new Identifier(reader.GetString(1), reader.GetString(2));
        }

        return identifiers;
    }

    private static Identifier? Named(Dictionary<long, Identifier> identifiers, long? id) =>
        id is { } known && identifiers.TryGetValue(known, out var identifier) ? identifier : null;
}
