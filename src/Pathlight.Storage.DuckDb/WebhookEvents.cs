using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Pathlight.AtRisk;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Webhooks;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Finds new webhook events and queues them in the store, all in one transaction, so an event is either queued
/// (and will be delivered even if the process dies now) or will be found again by the next scan. A detractor
/// event is keyed by its response id; an at-risk event by the customer and the moment they were found at risk,
/// with <c>webhook_at_risk</c> remembering who is at risk for each webhook until they leave the list.
/// </summary>
public static class WebhookEvents
{
    private const string DetractorKey = "'detractor:' || r.journey_id || ':' || r.id";

    private static readonly ConcurrentDictionary<string, Lock> Locks = new(StringComparer.Ordinal);

    /// <summary>
    /// Queues the journey's new events for every active webhook subscribed to them: each detractor answer not yet
    /// queued, and each customer on the default at-risk list (<see cref="AtRiskWindow.DefaultDays"/> days before the
    /// latest contact) not already on it for that webhook. Customers who left the list are forgotten, so they
    /// fire again if they come back. Call it after every successful write of facts; it is cheap without webhooks.
    /// </summary>
    /// <returns>How many deliveries were queued.</returns>
    public static int Enqueue(DuckDbStore store, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        lock (LockOf(store))
        {
            List<Webhook> webhooks;
            using (var connection = store.Connect())
            {
                webhooks = WebhookStoreExtensions.Webhooks(connection, activeOnly: true);
            }

            if (webhooks.Count == 0) return 0;

            var now = WebhookStoreExtensions.Truncate(DateTime.UtcNow);
            var atRisk = webhooks.Any(w => w.Events.Contains(WebhookEventTypes.AtRisk)) ? CurrentAtRisk(store, journey, now) : null;
            using var writer = store.Connect();
            using var transaction = writer.BeginTransaction();
            var queued = 0;
            foreach (var webhook in webhooks)
            {
                if (webhook.Events.Contains(WebhookEventTypes.Detractor)) queued += QueueDetractors(writer, webhook, journey, now);
                if (atRisk is not null && webhook.Events.Contains(WebhookEventTypes.AtRisk)) queued += QueueAtRisk(writer, webhook, atRisk, now);
            }

            transaction.Commit();
            return queued;
        }
    }

    /// <summary>Runs <see cref="Enqueue"/> for every journey in the store (the server's periodic scan).</summary>
    public static int EnqueueAll(DuckDbStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using (var connection = store.Connect())
        {
            if (WebhookStoreExtensions.Webhooks(connection, activeOnly: true).Count == 0) return 0;
        }

        return store.ListJourneys().Sum(summary => Enqueue(store, store.GetJourney(summary.Id)));
    }

    internal static void Baseline(DuckDbStore store, Webhook webhook, string secret)
    {
        lock (LockOf(store))
        {
            var now = webhook.CreatedAt;
            var atRisk = webhook.Events.Contains(WebhookEventTypes.AtRisk)
                ? store.ListJourneys().Select(j => CurrentAtRisk(store, store.GetJourney(j.Id), now)).ToList()
                : [];
            using var connection = store.Connect();
            using var transaction = connection.BeginTransaction();
            connection.Execute("INSERT INTO webhooks VALUES ($id, $url, $secret, $events, $created, NULL)",
                ("id", webhook.Id), ("url", webhook.Url), ("secret", secret), ("events", string.Join(',', webhook.Events)),
                ("created", now));
            if (webhook.Events.Contains(WebhookEventTypes.Detractor))
            {
                connection.Execute($"""
                    INSERT OR IGNORE INTO webhook_deliveries
                        (id, webhook_id, journey_id, event, event_key, payload, status, attempts, next_attempt_at, created_at)
                    SELECT 'dlv_' || substr(replace(gen_random_uuid()::VARCHAR, '-', ''), 1, 24), $webhook, r.journey_id,
                        'detractor', {DetractorKey}, NULL, 'skipped', 0, NULL, $now
                    FROM responses r WHERE r.nps <= {AtRiskRules.DetractorMax}
                    """, ("webhook", webhook.Id), ("now", now));
            }

            foreach (var list in atRisk)
            {
                foreach (var customer in list.Customers)
                {
                    Remember(connection, webhook.Id, list.JourneyId, customer.CustomerId, now);
                }
            }

            transaction.Commit();
        }
    }

    private static AtRiskList CurrentAtRisk(DuckDbStore store, Journey journey, DateTime now) =>
        store.GetAtRisk(journey, store.AtRiskWindowFor(journey, AtRiskWindow.DefaultDays, null, now));

    private static int QueueDetractors(DuckDBConnection connection, Webhook webhook, Journey journey, DateTime now)
    {
        var responses = new List<ResponseFact>();
        using (var command = connection.Command($"""
            SELECT r.id, r.touchpoint_id, r.ts, r.customer_id, r.nps, r.csat, r.ces, r.expectation, r.reality, r.comment
            FROM responses r
            WHERE r.journey_id = $journey AND r.nps <= {AtRiskRules.DetractorMax}
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.webhook_id = $webhook AND d.event_key = {DetractorKey})
            ORDER BY r.ts, r.id
            """, ("journey", journey.Id), ("webhook", webhook.Id)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                responses.Add(new ResponseFact(reader.GetString(0), reader.Text(1), DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                    reader.Text(3), reader.Small(4), reader.Small(5), reader.Small(6), reader.Small(7), reader.Small(8),
                    null, null, null, reader.Text(9), new Dictionary<string, string>()));
            }
        }

        foreach (var response in responses)
        {
            var id = WebhookPayload.NewDeliveryId();
            Queue(connection, id, webhook.Id, journey.Id, WebhookEventTypes.Detractor, $"detractor:{journey.Id}:{response.Id}",
                WebhookPayload.Detractor(id, journey.Id, response), now);
        }

        return responses.Count;
    }

    private static int QueueAtRisk(DuckDBConnection connection, Webhook webhook, AtRiskList list, DateTime now)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.Command("SELECT customer_id FROM webhook_at_risk WHERE webhook_id = $webhook AND journey_id = $journey",
            ("webhook", webhook.Id), ("journey", list.JourneyId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) known.Add(reader.GetString(0));
        }

        var current = list.Customers.Select(c => c.CustomerId).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in known.Where(c => !current.Contains(c)))
        {
            connection.Execute("DELETE FROM webhook_at_risk WHERE webhook_id = $webhook AND journey_id = $journey AND customer_id = $customer",
                ("webhook", webhook.Id), ("journey", list.JourneyId), ("customer", gone));
        }

        var queued = 0;
        foreach (var customer in list.Customers.Where(c => !known.Contains(c.CustomerId)))
        {
            var key = Remember(connection, webhook.Id, list.JourneyId, customer.CustomerId, now);
            var id = WebhookPayload.NewDeliveryId();
            Queue(connection, id, webhook.Id, list.JourneyId, WebhookEventTypes.AtRisk, key,
                WebhookPayload.AtRisk(id, list.JourneyId, customer, list.Window), now);
            queued++;
        }

        return queued;
    }

    private static string Remember(DuckDBConnection connection, string webhookId, string journeyId, string customerId, DateTime now)
    {
        var key = $"at-risk:{journeyId}:{customerId}:{now:yyyyMMdd'T'HHmmss.ffffff'Z'}";
        connection.Execute("INSERT OR IGNORE INTO webhook_at_risk VALUES ($webhook, $journey, $customer, $key, $now)",
            ("webhook", webhookId), ("journey", journeyId), ("customer", customerId), ("key", key), ("now", now));
        return key;
    }

    private static void Queue(DuckDBConnection connection, string id, string webhookId, string journeyId, string eventType, string key,
        string payload, DateTime now) =>
        connection.Execute("""
            INSERT OR IGNORE INTO webhook_deliveries
                (id, webhook_id, journey_id, event, event_key, payload, status, attempts, next_attempt_at, created_at)
            VALUES ($id, $webhook, $journey, $event, $key, $payload, 'pending', 0, $now, $now)
            """, ("id", id), ("webhook", webhookId), ("journey", journeyId), ("event", eventType), ("key", key), ("payload", payload),
            ("now", now));

    private static Lock LockOf(DuckDbStore store) => Locks.GetOrAdd(Path.GetFullPath(store.Path), _ => new Lock());
}
