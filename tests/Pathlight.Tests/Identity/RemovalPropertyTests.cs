using Pathlight.Identity;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

/// <summary>
/// After an erasure or a retention run, the customers are those the rules give for the facts that remain, over
/// random facts with shared devices and a family address, some of which only the removed facts made shared.
/// </summary>
public sealed class RemovalPropertyTests
{
    private const int MaxCustomerIds = 3;

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void RetentionLeavesTheCustomersOfTheRemainingFacts(int seed)
    {
        var data = new RandomIdentityFacts(seed, people: 30, facts: 100);
        using var s = new StitchingStore(RandomIdentityFacts.Identity, retentionDays: 7);
        OrderIndependenceTests.ImportInChunks(s, data.Shuffled(seed), 25);

        var removed = s.Store.ApplyRetention(s.Journey, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        var remaining = data.Facts.Where(f => f.Number % 28 >= 21).ToList();
        Assert.Equal(data.Facts.Count - remaining.Count, removed.Facts);
        Assert.NotEqual(SharedOf(data.Facts), SharedOf(remaining));
        AssertStitchedAsTheRulesSay(s, remaining, data.Facts);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void ErasureLeavesTheCustomersOfTheRemainingFacts(int seed)
    {
        var data = new RandomIdentityFacts(seed, people: 30, facts: 100);
        using var s = new StitchingStore(RandomIdentityFacts.Identity);
        OrderIndependenceTests.ImportInChunks(s, data.Shuffled(seed), 25);
        var customers = ExpectedStitching.Customers(data.Facts, MaxCustomerIds);
        var shared = ExpectedStitching.SharedCounts(data.Facts, MaxCustomerIds).Keys.ToHashSet();
        var tablet = data.Facts.First(f => f.Identifiers.Any(i => i.Value.StartsWith("tablet", StringComparison.Ordinal))
            && f.Identifiers.Any(i => i.Kind == IdentifierKinds.CustomerId));
        var erased = customers[tablet.Key];
        var identifier = tablet.Identifiers.First(i => !shared.Contains(i));

        Assert.NotNull(s.Store.EraseCustomer(Identifier.Parse($"{identifier.Kind}:{tablet.Spelled[identifier.Kind]}")));

        var remaining = data.Facts.Where(f => customers[f.Key] != erased).ToList();
        AssertStitchedAsTheRulesSay(s, remaining, data.Facts);
    }

    private static List<string> SharedOf(IEnumerable<IdentityFact> facts) =>
        ExpectedStitching.SharedCounts(facts, MaxCustomerIds).Keys.Select(i => i.ToString()).Order(StringComparer.Ordinal).ToList();

    private static void AssertStitchedAsTheRulesSay(StitchingStore s, List<IdentityFact> remaining, List<IdentityFact> all)
    {
        OrderIndependenceTests.AssertSame(ExpectedStitching.Customers(remaining, MaxCustomerIds), s.CustomerOfFacts(), all, "customers of facts");
        OrderIndependenceTests.AssertSame(ExpectedStitching.Identifiers(remaining, MaxCustomerIds), OrderIndependenceTests.StoredIdentifiers(s), all, "identifiers");
        Assert.Equal(
            ExpectedStitching.SharedCounts(remaining, MaxCustomerIds).Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal),
            s.Store.GetSharedIdentifiers(s.Journey).Select(i => $"{i.Identifier} {i.CustomerIds}").Order(StringComparer.Ordinal));
        var links = s.Query("SELECT count(*) AS n FROM identity_links l WHERE NOT EXISTS (SELECT 1 FROM identities i WHERE i.id = l.a)")[0]["n"];
        Assert.Equal(0L, Convert.ToInt64(links, System.Globalization.CultureInfo.InvariantCulture));
    }
}
