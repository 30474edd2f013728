using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// A customer's rights over their data — everything held about them, by any of their identifiers, and its erasure —
/// and the journeys' retention periods.
/// </summary>
public static class PrivacyStoreExtensions
{
    /// <summary>
    /// Writes as one JSON object everything the store holds about the customer an identifier belongs to, in every
    /// journey: identifiers, merge history, links between identifiers, facts of every kind and webhook deliveries
    /// about them. Returns how many journeys knew the customer (0 writes an empty <c>customers</c> list).
    /// </summary>
    public static int ExportCustomer(this DuckDbStore store, Identifier identifier, Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(json);
        using var connection = store.Connect();
        var found = 0;
        json.WriteStartObject();
        json.WriteString("identifier", identifier.ToString());
        json.WriteString("exported_at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("customers");
        foreach (var summary in JourneyTables.List(connection))
        {
            var journey = JourneyTables.Get(connection, summary.Id);
            if (CustomerIdentityStoreExtensions.Find(connection, store, journey, identifier) is not { } key)
            {
                continue;
            }

            found++;
            var identity = store.GetCustomerIdentity(journey, key)!;
            var nodes = $"(SELECT id FROM identities WHERE journey_id = '{Escape(journey.Id)}' AND customer_key = '{Escape(key)}')";
            json.WriteStartObject();
            json.WriteString("journey", journey.Id);
            json.WriteString("customer_key", key);
            json.WriteBoolean("pseudonymized", journey.Options.Identity.Pseudonymize);
            CustomerIdentityJson.WriteIdentifiers(json, identity);
            CustomerIdentityJson.WriteHistory(json, identity);
            WriteRows(connection, json, "links", $"""
                SELECT a.kind || ':' || a.value AS identifier, b.kind || ':' || b.value AS linked_to, l.fact_kind, l.fact_id, l.linked_at
                FROM identity_links l JOIN identities a ON a.id = l.a JOIN identities b ON b.id = l.b
                WHERE l.a IN {nodes} OR l.b IN {nodes} ORDER BY l.linked_at, l.fact_id
                """);
            foreach (var kind in Enum.GetValues<FactKind>())
            {
                WriteRows(connection, json, FactKinds.NameOf(kind), $"""
                    SELECT f.* EXCLUDE (journey_id, identity_id),
                        (SELECT list(i.kind || ':' || i.value ORDER BY i.kind, i.value) FROM identities i
                         WHERE i.id = f.identity_id
                            OR i.id IN (SELECT fi.identity_id FROM fact_identifiers fi WHERE fi.fact_kind = '{FactKinds.NameOf(kind)}' AND fi.fact_id = f.id)) AS identifiers
                    FROM {FactWriter.TableOf(kind)} f WHERE f.identity_id IN {nodes} ORDER BY f.id
                    """);
            }

            WriteRows(connection, json, "webhook_deliveries", $"""
                SELECT id, event, status, created_at, delivered_at, payload FROM webhook_deliveries
                WHERE journey_id = '{Escape(journey.Id)}' AND {AboutCustomer(KeysOf(nodes))} ORDER BY created_at, id
                """);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return found;
    }

    /// <summary>
    /// Erases the customer an identifier belongs to from every journey in one transaction: their facts, identifiers,
    /// links, merge history and webhook deliveries, with every figure derived from them; the customers they had been
    /// stitched to through shared facts are regrouped as if the erased facts had never been imported. Leaves a record
    /// of the erasure with counts only. Null when no journey knows the identifier.
    /// </summary>
    public static Erasure? EraseCustomer(this DuckDbStore store, Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        using var writing = store.WriteLock.EnterScope();
        using var transaction = connection.BeginTransaction();
        var removed = RemovalCounts.None;
        foreach (var summary in JourneyTables.List(connection))
        {
            var journey = JourneyTables.Get(connection, summary.Id);
            if (CustomerIdentityStoreExtensions.Find(connection, store, journey, identifier) is { } key)
            {
                removed = removed.Add(EraseFromJourney(connection, journey, key));
            }
        }

        if (removed.Journeys == 0)
        {
            return null;
        }

        var erasure = new Erasure(Guid.NewGuid().ToString("N"), DateTime.UtcNow, removed);
        Record(connection, erasure, "erasure");
        transaction.Commit();
        return erasure;
    }

    /// <summary>
    /// Deletes a journey's facts older than its <c>retention_days</c> (cases by when they were opened) with everything
    /// derived from them, in one transaction; identifiers no remaining fact carries go too, and with them every mention
    /// of them in merge history and webhook alerts. Nothing happens when the journey keeps facts forever.
    /// </summary>
    public static RemovalCounts ApplyRetention(this DuckDbStore store, Journey journey, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        if (journey.Options.RetentionDays is not { } days)
        {
            return RemovalCounts.None;
        }

        var cutoff = now.AddDays(-days);
        using var connection = store.Connect();
        using var writing = store.WriteLock.EnterScope();
        using var transaction = connection.BeginTransaction();
        var removal = new FactRemoval(connection, journey);
        var counts = Enum.GetValues<FactKind>().ToDictionary(kind => kind,
            kind => removal.RemoveFacts(kind, kind == FactKind.Case ? "opened_at < $cutoff" : "ts < $cutoff", ("cutoff", cutoff)));
        var deliveries = RemoveDeliveriesOfRemovedFacts(connection, journey.Id);
        var (identifiers, links) = removal.Repair();
        deliveries += RemoveAlertsOfDroppedKeys(connection, journey.Id);
        var removed = new RemovalCounts(counts.Values.Any(c => c > 0) ? 1 : 0, counts[FactKind.Interaction],
            counts[FactKind.Response], counts[FactKind.Case], counts[FactKind.Outcome], identifiers, links, 0, deliveries);
        if (removed.Facts > 0)
        {
            Record(connection, new Erasure(Guid.NewGuid().ToString("N"), DateTime.UtcNow, removed), "retention");
        }

        transaction.Commit();
        return removed;
    }

    /// <summary>Every erasure and retention run recorded, newest first: when, why and how much (no personal data).</summary>
    public static IReadOnlyList<(Erasure Erasure, string Reason)> ListErasures(this DuckDbStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        using var command = connection.Command("SELECT * FROM erasures ORDER BY erased_at DESC, id");
        using var reader = command.ExecuteReader();
        var erasures = new List<(Erasure, string)>();
        while (reader.Read())
        {
            var removed = new RemovalCounts(reader.GetInt32(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.GetInt64(7), reader.GetInt64(8), 0, 0, 0);
            erasures.Add((new Erasure(reader.GetString(0), DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc), removed),
                reader.GetString(2)));
        }

        return erasures;
    }

    /// <summary>Adds a row to the erasure log: when, why and the counts, nothing that identifies anyone.</summary>
    private static void Record(DuckDBConnection connection, Erasure erasure, string reason)
    {
        var removed = erasure.Removed;
        connection.Execute("INSERT INTO erasures VALUES ($id, $at, $reason, $journeys, $i, $r, $c, $o, $identifiers)",
            ("id", erasure.Id), ("at", erasure.At), ("reason", reason), ("journeys", removed.Journeys),
            ("i", removed.Interactions), ("r", removed.Responses), ("c", removed.Cases), ("o", removed.Outcomes),
            ("identifiers", removed.Identifiers));
    }

    private static RemovalCounts EraseFromJourney(DuckDBConnection connection, Journey journey, string key)
    {
        var removal = new FactRemoval(connection, journey);
        var nodes = "identity_id IN (SELECT id FROM identities WHERE journey_id = $j AND customer_key = $key)";
        var counts = Enum.GetValues<FactKind>().ToDictionary(kind => kind,
            kind => removal.RemoveFacts(kind, nodes, ("j", journey.Id), ("key", key)));
        var deliveries = RemoveDeliveriesOfRemovedFacts(connection, journey.Id);
        var (identifiers, events) = removal.RemoveCustomer(key);
        var (_, links) = removal.Repair();

        // Every identifier of the customer is dropped now, so alerts under any key they ever had go with them.
        deliveries += RemoveAlertsOfDroppedKeys(connection, journey.Id);
        return new RemovalCounts(1, counts[FactKind.Interaction], counts[FactKind.Response], counts[FactKind.Case],
            counts[FactKind.Outcome], identifiers, links, events, deliveries);
    }

    /// <summary>
    /// Deliveries about facts just removed: detractor alerts for a removed response, and at-risk alerts that cite a
    /// removed response or case among their reasons.
    /// </summary>
    private static int RemoveDeliveriesOfRemovedFacts(DuckDBConnection connection, string journeyId)
    {
        const string Removed = """
            (event_key IN (SELECT 'detractor:' || $j || ':' || id FROM removed_facts WHERE kind = 'responses')
             OR (event = 'at-risk' AND EXISTS (
                 SELECT 1 FROM removed_facts r WHERE r.kind IN ('responses', 'cases')
                   AND list_contains(json_extract_string(payload, '$.data.reasons[*].fact_id'), r.id))))
            """;
        connection.Execute($"DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE journey_id = $j AND {Removed})",
            ("j", journeyId));
        return connection.Execute($"DELETE FROM webhook_deliveries WHERE journey_id = $j AND {Removed}", ("j", journeyId));
    }

    /// <summary>
    /// At-risk alerts, sent or remembered, about a key that was the own key of an identifier just dropped; returns how
    /// many deliveries went. A detractor alert stays (its response does, and it must not be alerted again) without
    /// the key.
    /// </summary>
    private static int RemoveAlertsOfDroppedKeys(DuckDBConnection connection, string journeyId)
    {
        connection.Execute("""
            UPDATE webhook_deliveries SET payload = CAST(replace(CAST(payload AS VARCHAR), '"customer_id":' || to_json(d.key), '"customer_id":null') AS JSON)
            FROM dropped_keys d
            WHERE webhook_deliveries.journey_id = $j AND webhook_deliveries.event = 'detractor'
              AND json_extract_string(webhook_deliveries.payload, '$.data.customer_id') = d.key
            """, ("j", journeyId));
        const string About = "event = 'at-risk' AND json_extract_string(payload, '$.data.customer_id') IN (SELECT key FROM dropped_keys)";
        connection.Execute("DELETE FROM webhook_at_risk WHERE journey_id = $j AND customer_id IN (SELECT key FROM dropped_keys)", ("j", journeyId));
        connection.Execute($"DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE journey_id = $j AND {About})",
            ("j", journeyId));
        return connection.Execute($"DELETE FROM webhook_deliveries WHERE journey_id = $j AND {About}", ("j", journeyId));
    }

    /// <summary>
    /// Every key the customer with these identifiers can have been alerted under: their key now and the key each of
    /// their identifiers had on its own (a customer's key is always one of those, whatever merges came later).
    /// </summary>
    private static string KeysOf(string nodes) => $"""
        (SELECT customer_key FROM identities WHERE id IN {nodes}
         UNION SELECT CASE WHEN kind = 'customer_id' THEN value ELSE kind || ':' || value END FROM identities WHERE id IN {nodes})
        """;

    /// <summary>A condition on webhook_deliveries: its payload names the customer by one of their keys.</summary>
    private static string AboutCustomer(string keys) => $"json_extract_string(payload, '$.data.customer_id') IN {keys}";

    private static void WriteRows(DuckDBConnection connection, Utf8JsonWriter json, string name, string sql)
    {
        json.WriteStartArray(name);
        using var command = connection.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                WriteValue(json, reader, i);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, DbDataReader reader, int column)
    {
        var name = reader.GetName(column);
        if (reader.IsDBNull(column))
        {
            json.WriteNull(name);
            return;
        }

        switch (reader.GetValue(column))
        {
            case string text when name is "attributes" or "payload":
                json.WritePropertyName(name);
                json.WriteRawValue(text);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case DateTime time:
                json.WriteString(name, DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray(name);
                foreach (var item in list)
                {
                    json.WriteStringValue(Convert.ToString(item, CultureInfo.InvariantCulture));
                }

                json.WriteEndArray();
                break;
            case var number:
                json.WriteNumber(name, Convert.ToDouble(number, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string Escape(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
