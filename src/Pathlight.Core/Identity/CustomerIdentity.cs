namespace Pathlight.Identity;

/// <summary>A stitched customer: their stable key, every identifier they are known by, and how they were joined.</summary>
/// <param name="JourneyId">The journey whose facts they were stitched from.</param>
/// <param name="Key">The customer's key: their smallest customer_id, or kind:value of an identifier when they have none.</param>
/// <param name="Identifiers">Every identifier, customer_ids first.</param>
/// <param name="History">Merges, splits and shared identifiers, oldest first.</param>
public sealed record CustomerIdentity(
    string JourneyId,
    string Key,
    IReadOnlyList<KnownIdentifier> Identifiers,
    IReadOnlyList<IdentityEvent> History);
