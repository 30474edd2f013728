using Pathlight.Webhooks;

namespace Pathlight.Storage.DuckDb;

/// <summary>The outbox side of webhooks: which deliveries are due, and recording each attempt.</summary>
public static class WebhookDeliveryStoreExtensions
{
    /// <summary>Pending deliveries of active webhooks whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    public static IReadOnlyList<DueDelivery> DueWebhookDeliveries(this DuckDbStore store, DateTime now, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        using var command = connection.Command("""
            SELECT d.id, d.webhook_id, w.url, w.secret, d.event, d.payload, d.attempts
            FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= $now AND w.disabled_at IS NULL
            ORDER BY d.next_attempt_at, d.created_at, d.id
            LIMIT $limit
            """, ("now", now), ("limit", limit));
        using var reader = command.ExecuteReader();
        var due = new List<DueDelivery>();
        while (reader.Read())
        {
            due.Add(new DueDelivery(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetInt32(6)));
        }

        return due;
    }

    /// <summary>
    /// Logs an attempt (numbered after the delivery's earlier ones) and moves its delivery on in one transaction: delivered on success; otherwise pending until
    /// <paramref name="nextAttemptAt"/>, or failed when that is null (no attempts left).
    /// </summary>
    public static void RecordWebhookAttempt(this DuckDbStore store, WebhookAttempt attempt, DateTime? nextAttemptAt)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(attempt);
        var succeeded = attempt.Error is null;
        var status = succeeded ? DeliveryStatus.Delivered : nextAttemptAt is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        // Numbered over the delivery's whole life, so a delivery queued again after failing keeps its earlier attempts.
        connection.Execute("""
            INSERT INTO webhook_attempts
            SELECT $id, coalesce(max(attempt), 0) + 1, $at, $code, $error, $ms FROM webhook_attempts WHERE delivery_id = $id
            """,
            ("id", attempt.DeliveryId), ("at", attempt.At), ("code", attempt.StatusCode), ("error", attempt.Error), ("ms", attempt.DurationMs));
        connection.Execute("""
            UPDATE webhook_deliveries
            SET status = $status, attempts = $attempt, next_attempt_at = $next, last_status_code = $code, last_error = $error,
                delivered_at = $delivered
            WHERE id = $id
            """,
            ("status", status.ToString().ToLowerInvariant()), ("attempt", attempt.Attempt),
            ("next", succeeded ? null : nextAttemptAt), ("code", attempt.StatusCode), ("error", attempt.Error),
            ("delivered", succeeded ? attempt.At : null), ("id", attempt.DeliveryId));
        transaction.Commit();
    }
}
