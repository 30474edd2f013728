namespace Pathlight.Facts;

/// <summary>A support case, linked to the touchpoint whose failure caused it.</summary>
public sealed record CaseFact(
    string Id,
    string? TouchpointId,
    string? CustomerId,
    string? Channel,
    string? Category,
    DateTime Opened,
    DateTime? Resolved,
    int Contacts,
    bool? FirstContactResolution,
    bool? Reopened,
    IReadOnlyDictionary<string, string> Attributes) : Fact(Id, CustomerId, Attributes)
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Case;

    /// <inheritdoc />
    public override DateTime Timestamp => Opened;
}
