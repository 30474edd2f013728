namespace Pathlight.Webhooks;

/// <summary>One event for one webhook, as the delivery log shows it.</summary>
/// <param name="Id">The delivery id, sent as the body's <c>id</c> and the <c>Pathlight-Delivery</c> header.</param>
/// <param name="WebhookId">The webhook.</param>
/// <param name="Event">The event type.</param>
/// <param name="EventKey">What makes it unique for its webhook, e.g. <c>detractor:JOURNEY:RESPONSE</c>.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Attempts made so far (since it was last queued again by hand).</param>
/// <param name="NextAttemptAt">When it is tried next (UTC), while pending.</param>
/// <param name="LastStatusCode">The HTTP status of the last attempt, if one answered.</param>
/// <param name="LastError">Why the last attempt failed, if it did.</param>
/// <param name="CreatedAt">When it was queued (UTC).</param>
/// <param name="DeliveredAt">When the receiver accepted it (UTC).</param>
public sealed record WebhookDelivery(
    string Id,
    string WebhookId,
    string Event,
    string EventKey,
    DeliveryStatus Status,
    int Attempts,
    DateTime? NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTime CreatedAt,
    DateTime? DeliveredAt);
