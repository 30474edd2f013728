namespace Pathlight.Access;

/// <summary>A stored API key as listed: never its secret.</summary>
/// <param name="Id">Public identifier.</param>
/// <param name="Name">What it is for, if named.</param>
/// <param name="Role">What it may do.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC), or null while valid.</param>
public sealed record ApiKeyInfo(string Id, string? Name, Role Role, DateTime CreatedAt, DateTime? RevokedAt);
