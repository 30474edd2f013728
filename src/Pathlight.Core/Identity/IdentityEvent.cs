namespace Pathlight.Identity;

/// <summary>One change in how a customer is stitched together.</summary>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Event">merge, split, rejoin or shared.</param>
/// <param name="MergedKey">For a merge, the key of the customer that was absorbed.</param>
/// <param name="First">The identifier on one side of the link that caused it, when still held.</param>
/// <param name="Second">The identifier on the other side, when still held.</param>
/// <param name="FactKind">The kind of the fact that carried both identifiers.</param>
/// <param name="FactId">That fact's id.</param>
/// <param name="Detail">A plain explanation, for splits and shared identifiers.</param>
public sealed record IdentityEvent(
    DateTime At,
    string Event,
    string? MergedKey,
    Identifier? First,
    Identifier? Second,
    string? FactKind,
    string? FactId,
    string? Detail);
