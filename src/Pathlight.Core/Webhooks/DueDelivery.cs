namespace Pathlight.Webhooks;

/// <summary>A pending delivery whose time has come, with what is needed to send it.</summary>
/// <param name="Id">The delivery id.</param>
/// <param name="WebhookId">The webhook.</param>
/// <param name="Url">Where to post.</param>
/// <param name="Secret">The webhook's signing secret.</param>
/// <param name="Event">The event type.</param>
/// <param name="Payload">The JSON body, exactly as it is sent and signed.</param>
/// <param name="Attempts">Attempts made before this one.</param>
public sealed record DueDelivery(string Id, string WebhookId, string Url, string Secret, string Event, string Payload, int Attempts);
