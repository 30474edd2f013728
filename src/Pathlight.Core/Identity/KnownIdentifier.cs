namespace Pathlight.Identity;

/// <summary>One identifier of a customer as the store holds it.</summary>
/// <param name="Identifier">Kind and (normalized or pseudonymized) value.</param>
/// <param name="FirstSeen">When a fact first carried it (UTC).</param>
/// <param name="Shared">Seen with too many customer_ids to merge anyone.</param>
public sealed record KnownIdentifier(Identifier Identifier, DateTime FirstSeen, bool Shared);
