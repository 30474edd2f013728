using Pathlight.Identity;

namespace Pathlight.Tests.Identity;

/// <summary>
/// The customers a set of facts should be stitched into, computed from scratch by the rules, independently of the
/// store: an identifier (other than a customer_id) that appears in facts with more than the maximum of distinct
/// customer_ids is shared and joins nothing; every other pair of identifiers on one fact is the same customer. A
/// customer's key is their ordinally smallest customer_id, else their smallest kind:value; a shared identifier is a
/// customer of its own. A fact belongs to the customer of its first identifier (in rank order) that is not shared.
/// </summary>
internal static class ExpectedStitching
{
    /// <summary>Customer key by fact ("kind/id").</summary>
    public static SortedDictionary<string, string?> Customers(IEnumerable<IdentityFact> facts, int maxCustomerIds) =>
        Compute(facts, maxCustomerIds).Facts;

    /// <summary>Customer key by identifier ("kind:value"), with " (shared)" after the key of a shared one.</summary>
    public static SortedDictionary<string, string> Identifiers(IEnumerable<IdentityFact> facts, int maxCustomerIds) =>
        Compute(facts, maxCustomerIds).Identifiers;

    private static (SortedDictionary<string, string?> Facts, SortedDictionary<string, string> Identifiers) Compute(
        IEnumerable<IdentityFact> facts, int maxCustomerIds)
    {
        var all = facts.ToList();
        var shared = Shared(all, maxCustomerIds);
        var parent = new Dictionary<Identifier, Identifier>();
        foreach (var fact in all)
        {
            var joined = fact.Identifiers.Where(i => !shared.Contains(i)).ToList();
            foreach (var identifier in fact.Identifiers)
            {
                parent.TryAdd(identifier, identifier);
            }

            for (var i = 1; i < joined.Count; i++)
            {
                parent[Find(parent, joined[i])] = Find(parent, joined[0]);
            }
        }

        var keys = parent.Keys.Where(i => !shared.Contains(i)).GroupBy(i => Find(parent, i))
            .SelectMany(component => component.Select(i => (Identifier: i, Key: KeyOf(component))))
            .ToDictionary(p => p.Identifier, p => p.Key);
        var customers = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var fact in all)
        {
            customers[fact.Key] = fact.Identifiers.Count == 0
                ? null
                : fact.Identifiers.FirstOrDefault(i => !shared.Contains(i)) is { Kind: not null } personal
                    ? keys[personal]
                    : OwnKey(fact.Identifiers[0]);
        }

        var identifiers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var identifier in parent.Keys)
        {
            identifiers[identifier.ToString()] = shared.Contains(identifier) ? OwnKey(identifier) + " (shared)" : keys[identifier];
        }

        return (customers, identifiers);
    }

    /// <summary>The shared identifiers, with how many distinct customer_ids they appeared with.</summary>
    public static Dictionary<Identifier, int> SharedCounts(IEnumerable<IdentityFact> facts, int maxCustomerIds) =>
        facts.SelectMany(f => f.Identifiers.Where(i => i.Kind != IdentifierKinds.CustomerId)
                .SelectMany(i => f.Identifiers.Where(c => c.Kind == IdentifierKinds.CustomerId).Select(c => (Identifier: i, CustomerId: c))))
            .Distinct()
            .GroupBy(p => p.Identifier)
            .Where(g => g.Count() > maxCustomerIds)
            .ToDictionary(g => g.Key, g => g.Count());

    public static string OwnKey(Identifier identifier) =>
        identifier.Kind == IdentifierKinds.CustomerId ? identifier.Value : identifier.ToString();

    private static HashSet<Identifier> Shared(List<IdentityFact> facts, int maxCustomerIds) =>
        [.. SharedCounts(facts, maxCustomerIds).Keys];

    private static string KeyOf(IEnumerable<Identifier> component)
    {
        var members = component.ToList();
        var customerIds = members.Where(i => i.Kind == IdentifierKinds.CustomerId).Select(i => i.Value).ToList();
        return (customerIds.Count > 0 ? customerIds : members.Select(OwnKey)).Order(StringComparer.Ordinal).First();
    }

    private static Identifier Find(Dictionary<Identifier, Identifier> parent, Identifier identifier)
    {
        while (parent[identifier] != identifier)
        {
            identifier = parent[identifier];
        }

        return identifier;
    }
}
