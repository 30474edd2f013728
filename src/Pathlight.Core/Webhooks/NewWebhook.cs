namespace Pathlight.Webhooks;

/// <summary>A webhook just added, with its signing secret.</summary>
/// <param name="Webhook">The webhook.</param>
/// <param name="Secret">The signing secret, to be handed to the receiver.</param>
public sealed record NewWebhook(Webhook Webhook, string Secret);
