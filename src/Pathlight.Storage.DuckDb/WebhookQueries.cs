using System.Security.Cryptography;
using DuckDB.NET.Data;
using Pathlight.Webhooks;

namespace Pathlight.Storage.DuckDb;

/// <summary>Webhooks and their delivery log: adding, listing and removing them, and reading what was sent.</summary>
public static class WebhookStoreExtensions
{
    /// <summary>
    /// Adds a webhook with a new signing secret. Detractor answers already stored and customers already at risk
    /// are recorded as known to it (detractors as skipped deliveries), so it receives only what is new from now on.
    /// </summary>
    /// <exception cref="PathlightException">The URL is not an absolute http or https URL.</exception>
    public static NewWebhook AddWebhook(this DuckDbStore store, string url, IReadOnlyList<string> events)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(events);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new PathlightException($"'{url}' is not an absolute http:// or https:// URL.");
        }

        var webhook = new Webhook("wh_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), uri.ToString(), events,
            Truncate(DateTime.UtcNow), null);
        var secret = WebhookSignature.NewSecret();
        WebhookEvents.Baseline(store, webhook, secret);
        return new NewWebhook(webhook, secret);
    }

    /// <summary>Every webhook, removed ones included, oldest first.</summary>
    public static IReadOnlyList<Webhook> ListWebhooks(this DuckDbStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        return Webhooks(connection, activeOnly: false);
    }

    /// <summary>Removes a webhook: nothing more is queued for it and its pending deliveries are marked failed.</summary>
    /// <returns>False when no active webhook has that id.</returns>
    public static bool RemoveWebhook(this DuckDbStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        var now = DateTime.UtcNow;
        if (connection.Execute("UPDATE webhooks SET disabled_at = $now WHERE id = $id AND disabled_at IS NULL", ("now", now), ("id", id)) == 0)
        {
            return false;
        }

        connection.Execute("""
            UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, last_error = 'webhook removed'
            WHERE webhook_id = $id AND status = 'pending'
            """, ("id", id));
        connection.Execute("DELETE FROM webhook_at_risk WHERE webhook_id = $id", ("id", id));
        transaction.Commit();
        return true;
    }

    /// <summary>The delivery log, newest first, without the skipped events from before a webhook was added.</summary>
    /// <param name="store">The store.</param>
    /// <param name="webhookId">Only this webhook's deliveries, or null for all.</param>
    /// <param name="limit">At most this many.</param>
    public static IReadOnlyList<WebhookDelivery> ListWebhookDeliveries(this DuckDbStore store, string? webhookId, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        using var command = connection.Command("""
            SELECT id, webhook_id, event, event_key, status, attempts, next_attempt_at, last_status_code, last_error, created_at, delivered_at
            FROM webhook_deliveries
            WHERE status <> 'skipped' AND ($webhook IS NULL OR webhook_id = $webhook)
            ORDER BY created_at DESC, id LIMIT $limit
            """, ("webhook", webhookId), ("limit", limit));
        using var reader = command.ExecuteReader();
        var deliveries = new List<WebhookDelivery>();
        while (reader.Read())
        {
            deliveries.Add(new WebhookDelivery(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Enum.Parse<DeliveryStatus>(reader.GetString(4), ignoreCase: true), reader.GetInt32(5), Time(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                Time(reader, 9)!.Value, Time(reader, 10)));
        }

        return deliveries;
    }

    /// <summary>Every attempt at one delivery, first first.</summary>
    public static IReadOnlyList<WebhookAttempt> ListWebhookAttempts(this DuckDbStore store, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        using var command = connection.Command(
            "SELECT delivery_id, attempt, attempted_at, status_code, error, duration_ms FROM webhook_attempts WHERE delivery_id = $id ORDER BY attempt",
            ("id", deliveryId));
        using var reader = command.ExecuteReader();
        var attempts = new List<WebhookAttempt>();
        while (reader.Read())
        {
            attempts.Add(new WebhookAttempt(reader.GetString(0), reader.GetInt32(1), Time(reader, 2)!.Value,
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5)));
        }

        return attempts;
    }

    /// <summary>Puts a failed delivery back in the queue, due now, with a fresh round of attempts.</summary>
    /// <returns>False when no failed delivery of an active webhook has that id.</returns>
    public static bool RetryWebhookDelivery(this DuckDbStore store, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        return connection.Execute("""
            UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = $now
            WHERE id = $id AND status = 'failed'
              AND webhook_id IN (SELECT id FROM webhooks WHERE disabled_at IS NULL)
            """, ("now", DateTime.UtcNow), ("id", deliveryId)) > 0;
    }

    internal static List<Webhook> Webhooks(DuckDBConnection connection, bool activeOnly)
    {
        using var command = connection.Command(
            $"SELECT id, url, events, created_at, disabled_at FROM webhooks {(activeOnly ? "WHERE disabled_at IS NULL" : "")} ORDER BY created_at, id");
        using var reader = command.ExecuteReader();
        var webhooks = new List<Webhook>();
        while (reader.Read())
        {
            webhooks.Add(new Webhook(reader.GetString(0), reader.GetString(1),
                reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries), Time(reader, 3)!.Value, Time(reader, 4)));
        }

        return webhooks;
    }

    internal static DateTime? Time(System.Data.Common.DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);

    // DuckDB keeps microseconds; the value handed back should equal the one read later.
    internal static DateTime Truncate(DateTime value) => new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);
}
