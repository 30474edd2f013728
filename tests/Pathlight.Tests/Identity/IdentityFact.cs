using Pathlight.Facts;
using Pathlight.Identity;

namespace Pathlight.Tests.Identity;

/// <summary>One generated fact: its normalized identifiers in rank order, and how each column spells them.</summary>
internal sealed record IdentityFact(FactKind Kind, string Id, int Number, IReadOnlyList<Identifier> Identifiers,
    IReadOnlyDictionary<string, string> Spelled)
{
    /// <summary>"kind/id", as <see cref="StitchingStore.CustomerOfFacts"/> names facts.</summary>
    public string Key => FactKinds.NameOf(Kind) + "/" + Id;

    public override string ToString() => $"{Key} [{string.Join(", ", Identifiers)}]";
}
