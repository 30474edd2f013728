namespace Pathlight.Identity;

/// <summary>How much an erasure or a retention run removed.</summary>
/// <param name="Journeys">Journeys it touched.</param>
/// <param name="Interactions">Interactions removed.</param>
/// <param name="Responses">Responses removed.</param>
/// <param name="Cases">Support cases removed.</param>
/// <param name="Outcomes">Outcomes removed.</param>
/// <param name="Identifiers">Identifiers removed.</param>
/// <param name="Links">Links between identifiers removed.</param>
/// <param name="Events">Merge history entries removed.</param>
/// <param name="WebhookDeliveries">Queued or sent webhook deliveries about the customer removed.</param>
public sealed record RemovalCounts(
    int Journeys,
    long Interactions,
    long Responses,
    long Cases,
    long Outcomes,
    long Identifiers,
    long Links,
    long Events,
    long WebhookDeliveries)
{
    /// <summary>Nothing removed.</summary>
    public static RemovalCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Facts of every kind removed.</summary>
    public long Facts => Interactions + Responses + Cases + Outcomes;

    /// <summary>The sum of two counts.</summary>
    public RemovalCounts Add(RemovalCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Journeys + other.Journeys, Interactions + other.Interactions, Responses + other.Responses,
            Cases + other.Cases, Outcomes + other.Outcomes, Identifiers + other.Identifiers, Links + other.Links,
            Events + other.Events, WebhookDeliveries + other.WebhookDeliveries);
    }
}
