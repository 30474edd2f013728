namespace Pathlight.Facts;

/// <summary>Something a customer did or met at a touchpoint.</summary>
public sealed record InteractionFact(
    string Id,
    string TouchpointId,
    string? Channel,
    DateTime At,
    string? CustomerId,
    bool? Success,
    double? DurationSeconds,
    double? Value,
    IReadOnlyDictionary<string, string> Attributes) : Fact(Id, CustomerId, Attributes)
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Interaction;

    /// <inheritdoc />
    public override DateTime Timestamp => At;
}
