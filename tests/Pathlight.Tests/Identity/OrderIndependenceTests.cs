using Pathlight.Identity;
using Pathlight.Import;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

/// <summary>
/// The same facts imported in any order and in batches of any size give the same customers with the same keys, and
/// those are the customers the rules give when applied from scratch.
/// </summary>
public sealed class OrderIndependenceTests
{
    private const int MaxCustomerIds = 3;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AnyOrderAndBatchingGivesTheCustomersTheRulesGive(int seed)
    {
        var data = new RandomIdentityFacts(seed, people: 30, facts: 100);
        var expected = ExpectedStitching.Customers(data.Facts, MaxCustomerIds);
        var expectedIdentifiers = ExpectedStitching.Identifiers(data.Facts, MaxCustomerIds);
        var shared = ExpectedStitching.SharedCounts(data.Facts, MaxCustomerIds);
        Assert.Contains(shared.Keys, i => i.Kind == IdentifierKinds.Device);
        Assert.Contains(shared.Keys, i => i.Kind == IdentifierKinds.Email);
        Assert.Contains(expected.Values, key => key!.StartsWith("C", StringComparison.Ordinal));
        Assert.Contains(expected.Values, key => !key!.StartsWith("C", StringComparison.Ordinal));

        foreach (var (order, batchSize) in new[] { (1, 1), (2, 6), (3, int.MaxValue) })
        {
            using var s = new StitchingStore(RandomIdentityFacts.Identity);
            ImportInChunks(s, data.Shuffled((seed * 100) + order), batchSize);

            AssertSame(expected, s.CustomerOfFacts(), data.Facts, $"order {order}, batches of {batchSize}");
            AssertSame(expectedIdentifiers, StoredIdentifiers(s), data.Facts, $"order {order}, batches of {batchSize}");
            Assert.Equal(
                shared.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => (p.Key.ToString(), (long)p.Value)),
                s.Store.GetSharedIdentifiers(s.Journey).OrderBy(i => i.Identifier.ToString(), StringComparer.Ordinal)
                    .Select(i => (i.Identifier.ToString(), i.CustomerIds)));
        }
    }

    [Fact]
    public void AFamilyAddressAboveTheGuardJoinsNoOneButTheIdentifiersBesideItStillDo()
    {
        using var s = new StitchingStore("phone_region: GB\nmax_customer_ids: 2");
        s.Import(Pathlight.Facts.FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,phone,loyalty,nps
            r1,web,2025-01-01,C1,family@example.com,,,9
            r2,web,2025-01-01,C2,family@example.com,,,8
            r3,web,2025-01-01,C3,family@example.com,,,7
            r4,web,2025-01-02,,family@example.com,07911 123456,L-3,6
            r5,web,2025-01-03,C3,,,L-3,5
            r6,web,2025-01-04,,family@example.com,,,4

            """);

        var customers = s.CustomerOfResponses();

        Assert.Equal(["C1", "C2", "C3", "C3", "C3", "email:family@example.com"], customers.Values);
        Assert.Equal("C3", s.Store.FindCustomer(s.Journey, Identifier.Parse("phone:07911 123456")));
    }

    internal static void ImportInChunks(StitchingStore s, IReadOnlyList<IdentityFact> facts, int batchSize)
    {
        var rejected = new List<RowRejection>();
        foreach (var chunk in facts.Chunk(Math.Min(batchSize, facts.Count)))
        {
            foreach (var kind in chunk.GroupBy(f => f.Kind))
            {
                s.Import(kind.Key, RandomIdentityFacts.Csv(kind.Key, kind), rejected, batchSize);
            }
        }

        Assert.Empty(rejected);
    }

    internal static SortedDictionary<string, string> StoredIdentifiers(StitchingStore s) =>
        new(s.Query($"SELECT kind, value, customer_key, shared FROM identities WHERE journey_id = '{s.Journey.Id}'").ToDictionary(
            r => $"{r["kind"]}:{r["value"]}",
            r => (string)r["customer_key"]! + ((bool)r["shared"]! ? " (shared)" : "")), StringComparer.Ordinal);

    /// <summary>Equal maps, or a failure listing each entry that differs (with the facts that carry an identifier).</summary>
    internal static void AssertSame<T>(SortedDictionary<string, T> expected, SortedDictionary<string, T> actual,
        IReadOnlyList<IdentityFact> facts, string what)
    {
        var differences = expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || !Equals(e, a))
            .Select(k => $"{k}: expected {expected.GetValueOrDefault(k)}, stored {actual.GetValueOrDefault(k)}; " +
                string.Join(" ", facts.Where(f => f.Key == k || f.Identifiers.Any(i => i.ToString() == k))))
            .ToList();
        Assert.True(differences.Count == 0, $"{what}: {differences.Count} differ\n{string.Join("\n", differences.Take(15))}");
    }
}
