namespace Pathlight.Facts;

/// <summary>An outcome for a customer: churned, repeat_purchase, renewed...</summary>
public sealed record OutcomeFact(
    string Id,
    string? CustomerId,
    string OutcomeKind,
    DateTime At,
    double? Value,
    IReadOnlyDictionary<string, string> Attributes) : Fact(Id, CustomerId, Attributes)
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Outcome;

    /// <inheritdoc />
    public override DateTime Timestamp => At;
}
