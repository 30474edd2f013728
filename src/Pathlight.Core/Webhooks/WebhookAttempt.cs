namespace Pathlight.Webhooks;

/// <summary>One attempt at a delivery, as logged.</summary>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="Attempt">1 for the first attempt; the log numbers attempts over the delivery's whole life.</param>
/// <param name="At">When it was made (UTC).</param>
/// <param name="StatusCode">The receiver's HTTP status, or null when none answered.</param>
/// <param name="Error">Why it failed, or null when it succeeded.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record WebhookAttempt(string DeliveryId, int Attempt, DateTime At, int? StatusCode, string? Error, long DurationMs);
