using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>The fact a record became, or why it was rejected.</summary>
/// <param name="Fact">The parsed fact, or null when the record was rejected.</param>
/// <param name="Error">The reason in plain words, naming the column and the problem; null when parsed.</param>
public readonly record struct FactParseResult(Fact? Fact, string? Error)
{
    /// <summary>Whether the record became a fact.</summary>
    public bool IsAccepted => Fact is not null;
}
