namespace Pathlight.Webhooks;

/// <summary>Where a delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet delivered; tried again at its next attempt time.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed, or its webhook was removed.</summary>
    Failed,

    /// <summary>An event from before the webhook was added, recorded only so it is never sent.</summary>
    Skipped,
}
