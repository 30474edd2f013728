namespace Pathlight.Server.Webhooks;

/// <summary>What one delivery pass did.</summary>
/// <param name="Delivered">Deliveries the receiver accepted.</param>
/// <param name="Retrying">Failed attempts that will be retried.</param>
/// <param name="Failed">Failed attempts that were the last ones.</param>
/// <param name="Deferred">Due deliveries not tried because an earlier one to the same webhook failed in this pass.</param>
public sealed record WebhookPass(int Delivered, int Retrying, int Failed, int Deferred)
{
    public int Attempted => Delivered + Retrying + Failed;
}
