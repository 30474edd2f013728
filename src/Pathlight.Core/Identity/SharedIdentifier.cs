namespace Pathlight.Identity;

/// <summary>An identifier seen with more customer_ids than the journey allows, so it merges no one.</summary>
/// <param name="Identifier">The identifier.</param>
/// <param name="CustomerIds">How many distinct customer_ids it was seen with.</param>
/// <param name="FirstSeen">When a fact first carried it (UTC).</param>
public sealed record SharedIdentifier(Identifier Identifier, long CustomerIds, DateTime FirstSeen);
