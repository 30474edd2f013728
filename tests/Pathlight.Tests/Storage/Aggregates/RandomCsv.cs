using System.Globalization;
using System.Text;
using Pathlight.Facts;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>
/// Random CSV files of responses or interactions, with the facts their valid rows stand for in file order:
/// rows rejected for a plain reason, ids repeated within the file (with other content) or taken from earlier
/// files, relationship responses, missing segment values, timestamps on UTC midnight, durations from a small
/// set (so median histograms repeat values) and amounts in cents (so sums are not exact in binary).
/// </summary>
internal sealed class RandomCsv(Random random)
{
    public static readonly DateTime Start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public const int Days = 60;

    private static readonly string?[] Touchpoints = ["a", "b", "c", "d"];
    private static readonly string?[] Regions = ["north", "south", "east", null];
    private static readonly string?[] Plans = ["free", "pro", null];
    private static readonly string?[] Devices = ["ios", "android", "web", null];
    private static readonly double[] Durations = [30, 45, 60, 90.5, 240];

    private int _next;

    public static IReadOnlyDictionary<string, string?[]> Values { get; } = new Dictionary<string, string?[]>
    {
        ["region"] = Regions,
        ["plan"] = Plans,
        ["platform"] = Devices,
    };

    public (string Text, List<Fact> Valid, int Rejected) Responses(IReadOnlyCollection<string> storedIds) =>
        File("id,touchpoint,timestamp,customer_id,nps,csat,ces,expectation,reality,expectations_met,would_return,would_recommend,region,plan,platform",
            storedIds, Response, (4, "11"));

    public (string Text, List<Fact> Valid, int Rejected) Interactions(IReadOnlyCollection<string> storedIds) =>
        File("id,touchpoint,timestamp,customer_id,channel,success,duration_seconds,value,region,plan,platform", storedIds, Interaction,
            (6, "-1"));

    public DateTime Moment() => random.Next(10) == 0
        ? Start.AddDays(random.Next(Days))
        : Start.AddSeconds(random.Next(Days * 86400));

    public string Customer() => $"c{random.Next(30)}";

    private (string Text, List<Fact> Valid, int Rejected) File(string header, IReadOnlyCollection<string> storedIds,
        Func<string, (string Row, Fact Fact)> make, (int Column, string Text) outOfRange)
    {
        var text = new StringBuilder(header).Append('\n');
        var valid = new List<Fact>();
        var rejected = 0;
        var ids = new List<string>();
        var rows = random.Next(10, 60);
        for (var i = 0; i < rows; i++)
        {
            var id = random.Next(10) switch
            {
                0 when ids.Count > 0 => ids[random.Next(ids.Count)],
                1 when storedIds.Count > 0 => storedIds.ElementAt(random.Next(storedIds.Count)),
                _ => $"f{_next++}",
            };
            ids.Add(id);
            var (row, fact) = make(id);
            if (random.Next(12) == 0)
            {
                text.Append(Spoil(row, outOfRange)).Append('\n');
                rejected++;
            }
            else
            {
                text.Append(row).Append('\n');
                valid.Add(fact);
            }
        }

        return (text.ToString(), valid, rejected);
    }

    // Each spoils one field so the parser must reject the row: a touchpoint the journey does not have, a
    // timestamp that is not one, a number out of range (an NPS of 11, a negative duration).
    private string Spoil(string row, (int Column, string Text) outOfRange)
    {
        var fields = row.Split(',');
        switch (random.Next(3))
        {
            case 0: fields[1] = "nowhere"; break;
            case 1: fields[2] = "yesterday"; break;
            default: fields[outOfRange.Column] = outOfRange.Text; break;
        }

        return string.Join(',', fields);
    }

    private (string Row, Fact Fact) Response(string id)
    {
        var touchpoint = Pick(Touchpoints.Append(null).ToArray());
        var at = Moment();
        var customer = Customer();
        var nps = Maybe(() => random.Next(0, 11));
        var csat = Maybe(() => random.Next(1, 6));
        var ces = Maybe(() => random.Next(1, 8));
        var expectation = Maybe(() => random.Next(0, 11));
        var reality = Maybe(() => random.Next(0, 11));
        if (nps is null && csat is null && ces is null && expectation is null && reality is null) nps = random.Next(0, 11);
        var (met, back, recommend) = (MaybeBool(), MaybeBool(), MaybeBool());
        var attributes = Attributes();
        var fact = new ResponseFact(id, touchpoint, at, customer, nps, csat, ces, expectation, reality, met, back, recommend, null, attributes);
        return (Row(id, touchpoint, Time(at), customer, Text(nps), Text(csat), Text(ces), Text(expectation), Text(reality),
            Text(met), Text(back), Text(recommend), Attribute(attributes, "region"), Attribute(attributes, "plan"),
            Attribute(attributes, "platform")), fact);
    }

    private (string Row, Fact Fact) Interaction(string id)
    {
        var touchpoint = Pick(Touchpoints)!;
        var at = Moment();
        var customer = Customer();
        var success = MaybeBool();
        double? duration = random.Next(4) == 0 ? null : Durations[random.Next(Durations.Length)];
        double? value = random.Next(3) == 0 ? null : Math.Round((random.Next(-2000, 60000) / 100.0) + 0.01, 2);
        var attributes = Attributes();
        var fact = new InteractionFact(id, touchpoint, "web", at, customer, success, duration, value, attributes);
        return (Row(id, touchpoint, Time(at), customer, "web", Text(success), Text(duration), Text(value),
            Attribute(attributes, "region"), Attribute(attributes, "plan"), Attribute(attributes, "platform")), fact);
    }

    private Dictionary<string, string> Attributes()
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in Values)
        {
            if (Pick(values) is { } value) attributes[name] = value;
        }

        return attributes;
    }

    private static string Row(params string?[] fields) => string.Join(',', fields.Select(f => f ?? ""));

    private static string Time(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Text(bool? value) => value switch { true => "yes", false => "no", null => null };

    private static string? Attribute(Dictionary<string, string> attributes, string name) => attributes.GetValueOrDefault(name);

    private int? Maybe(Func<int> value) => random.Next(4) == 0 ? null : value();

    private bool? MaybeBool() => random.Next(3) switch { 0 => null, 1 => true, _ => false };

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
