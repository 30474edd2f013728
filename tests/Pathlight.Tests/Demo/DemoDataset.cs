using System.Collections.Concurrent;
using Pathlight.Demo;
using Pathlight.Facts;

namespace Pathlight.Tests.Demo;

/// <summary>All four record streams of one generated scenario, generated once per size and seed for the test run.</summary>
internal sealed class DemoDataset
{
    public static readonly string[] JourneyOrder =
        ["product-news", "store-enquiry", "call-centre-enquiry", "launch-marketing", "launch-purchase", "out-of-stock", "support-contact"];

    private static readonly ConcurrentDictionary<(int Customers, int Seed), Lazy<DemoDataset>> Cache = new();

    private DemoDataset(int customers, int seed)
    {
        var generator = new DemoGenerator(customers, seed);
        Customers = customers;
        Interactions = Read(generator, FactKind.Interaction);
        Responses = Read(generator, FactKind.Response);
        Cases = Read(generator, FactKind.Case);
        Outcomes = Read(generator, FactKind.Outcome);
    }

    public int Customers { get; }

    public IReadOnlyList<DemoRow> Interactions { get; }

    public IReadOnlyList<DemoRow> Responses { get; }

    public IReadOnlyList<DemoRow> Cases { get; }

    public IReadOnlyList<DemoRow> Outcomes { get; }

    public IEnumerable<DemoRow> All => Interactions.Concat(Responses).Concat(Cases).Concat(Outcomes);

    public IEnumerable<DemoRow> RelationshipResponses => Responses.Where(r => r.Touchpoint == "");

    public static DemoDataset Get(int customers, int seed) =>
        Cache.GetOrAdd((customers, seed), key => new Lazy<DemoDataset>(() => new DemoDataset(key.Customers, key.Seed))).Value;

    /// <summary>Customers with at least one interaction at the touchpoint.</summary>
    public HashSet<string> CustomersAt(string touchpoint) =>
        Interactions.Where(r => r.Touchpoint == touchpoint).Select(r => r.Customer).ToHashSet();

    /// <summary>Reality − expectation over the touchpoint's responses that answer both.</summary>
    public List<double> Gaps(string touchpoint) =>
        Responses
            .Where(r => r.Touchpoint == touchpoint && !r.IsBlank("expectation") && !r.IsBlank("reality"))
            .Select(r => r.Number("reality")!.Value - r.Number("expectation")!.Value)
            .ToList();

    private static List<DemoRow> Read(DemoGenerator generator, FactKind kind) =>
        generator.Records(kind).Select(r => new DemoRow(r)).ToList();
}
