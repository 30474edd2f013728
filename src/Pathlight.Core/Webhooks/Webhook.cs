namespace Pathlight.Webhooks;

/// <summary>A configured webhook (its secret is shown once, when it is added, and otherwise never).</summary>
/// <param name="Id">Its id, e.g. <c>wh_3f9a1c2b</c>.</param>
/// <param name="Url">Where deliveries are posted.</param>
/// <param name="Events">The events it receives (<see cref="WebhookEventTypes"/>).</param>
/// <param name="CreatedAt">When it was added (UTC); events from before then are not sent to it.</param>
/// <param name="DisabledAt">When it was removed (UTC), or null while active.</param>
public sealed record Webhook(string Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAt, DateTime? DisabledAt);
