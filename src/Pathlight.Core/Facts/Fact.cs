using Pathlight.Identity;

namespace Pathlight.Facts;

/// <summary>An append-only fact with a caller-supplied unique id, so replays never duplicate it.</summary>
/// <param name="Id">Unique within its kind.</param>
/// <param name="CustomerId">The customer it concerns, when known.</param>
/// <param name="Attributes">Segment attributes (extra columns), name to value.</param>
public abstract record Fact(string Id, string? CustomerId, IReadOnlyDictionary<string, string> Attributes)
{
    private readonly IReadOnlyList<Identifier>? _identifiers;

    /// <summary>
    /// Every identifier of the customer the fact concerns, normalized, most personal kind first (see
    /// <see cref="IdentifierKinds.BuiltIn"/>); when none were set, the customer_id alone.
    /// </summary>
    public IReadOnlyList<Identifier> Identifiers
    {
        get => _identifiers ?? (CustomerId is null ? [] : [new Identifier(IdentifierKinds.CustomerId, CustomerId)]);
        init => _identifiers = value;
    }

    /// <summary>Which kind of fact this is.</summary>
    public abstract FactKind Kind { get; }

    /// <summary>When it happened (UTC); for a case, when it was opened.</summary>
    public abstract DateTime Timestamp { get; }
}
