using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Tests.Storage;

/// <summary>
/// Reproducible random responses and interactions across every touchpoint of a journey, with relationship
/// responses, unanswered questions, segment attributes and timestamps exactly on the filter bounds. Amounts are
/// multiples of 0.25, so every sum is exact in any order and the store's sums can be compared exactly.
/// </summary>
public sealed class RandomFacts
{
    public static readonly DateTime From = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime To = new(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string?[] Regions = ["north", "south", "east", null];
    private static readonly string?[] CustomerTypes = ["new", "returning", null];

    private readonly Random _random;
    private readonly string[] _touchpoints;

    public RandomFacts(Journey journey, int seed, int responses, int interactions)
    {
        _random = new Random(seed);
        _touchpoints = journey.Touchpoints.Select(t => t.Id).ToArray();
        Responses = Enumerable.Range(0, responses).Select(NewResponse).ToList();
        Interactions = Enumerable.Range(0, interactions).Select(NewInteraction).ToList();
    }

    public List<ResponseFact> Responses { get; }

    public List<InteractionFact> Interactions { get; }

    private ResponseFact NewResponse(int i)
    {
        // One in ten is a relationship survey about the company as a whole.
        var touchpoint = _random.Next(10) == 0 ? null : Pick(_touchpoints);
        return new ResponseFact($"r-{i:D5}", touchpoint, Moment(i), $"c-{_random.Next(500)}",
            Maybe(() => _random.Next(0, 11)), Maybe(() => _random.Next(1, 6)), Maybe(() => _random.Next(1, 8)),
            Maybe(() => _random.Next(0, 11)), Maybe(() => _random.Next(0, 11)),
            MaybeBool(), MaybeBool(), MaybeBool(), null, Attributes());
    }

    private InteractionFact NewInteraction(int i)
    {
        // Durations come from a small set so the median KPI's histogram has repeated values.
        double? duration = _random.Next(5) == 0 ? null : 60 + (15 * _random.Next(0, 25)) + (0.25 * _random.Next(0, 2));
        double? value = _random.Next(3) == 0 ? null : 0.25 * _random.Next(-400, 4000);
        return new InteractionFact($"i-{i:D5}", Pick(_touchpoints), "web", Moment(i), $"c-{_random.Next(500)}",
            MaybeBool(), duration, value, Attributes());
    }

    // Every 50th fact sits exactly on a filter bound; the rest anywhere in the first half of 2025.
    private DateTime Moment(int i) => (i % 50) switch
    {
        0 => From,
        1 => To,
        2 => To.AddTicks(-10),
        _ => Start.AddSeconds(_random.Next(0, 181 * 24 * 3600)),
    };

    private Dictionary<string, string> Attributes()
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Pick(Regions) is { } region) attributes["region"] = region;
        if (Pick(CustomerTypes) is { } type) attributes["customer_type"] = type;
        return attributes;
    }

    private int? Maybe(Func<int> value) => _random.Next(4) == 0 ? null : value();

    private bool? MaybeBool() => _random.Next(3) switch
    {
        0 => null,
        1 => true,
        _ => false,
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
