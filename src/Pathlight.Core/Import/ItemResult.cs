namespace Pathlight.Import;

/// <summary>The outcome for one item of a request that posts facts.</summary>
/// <param name="Index">0-based position of the item in the request.</param>
/// <param name="Line">1-based line where the item starts in the request body.</param>
/// <param name="Id">The item's id, when it could be read.</param>
/// <param name="Status">Accepted, duplicate or rejected.</param>
/// <param name="Reason">Why it was rejected, or null.</param>
public sealed record ItemResult(int Index, long Line, string? Id, ItemStatus Status, string? Reason);
