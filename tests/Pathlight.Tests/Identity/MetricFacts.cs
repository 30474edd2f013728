using System.Globalization;
using Pathlight.Facts;

namespace Pathlight.Tests.Identity;

/// <summary>
/// Reproducible customers with enough of every kind of fact for every report (scorecard, drivers, support, paths,
/// at-risk, moments, opportunities) to have numbers: each registers on the web with all their identifiers, then
/// comes back under one identifier at a time. Ann (C-ANN) is one of them, and shares a shop tablet with the first
/// three others, so with her the tablet is over the guard (3 customer_ids) and without her it joins them.
/// </summary>
internal sealed class MetricFacts
{
    public const string IdentifierColumns = "customer_id,email,phone,loyalty,device";
    public static readonly string[] AnnIdentifiers = ["C-ANN", "ann@example.com", "+12025559999", "L-ANN", "dev-ann"];

    private static readonly string[] Touchpoints = ["web", "store", "call"];
    private static readonly DateTime Start = new(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly Random _random;
    private int _next;

    public MetricFacts(int seed, int customers)
    {
        _random = new Random(seed);
        for (var p = 0; p < customers; p++)
        {
            AddCustomer(p);
        }
    }

    public List<MetricRow> Rows { get; } = [];

    public static string Header(FactKind kind) => kind switch
    {
        FactKind.Interaction => "id,touchpoint,timestamp,success,duration_seconds,value,region,",
        FactKind.Response => "id,touchpoint,timestamp,nps,csat,ces,expectation,reality,expectations_met,would_return,would_recommend,comment,region,",
        FactKind.Case => "id,touchpoint,opened,resolved,channel,category,contacts,first_contact_resolution,reopened,region,",
        _ => "id,kind,timestamp,value,region,",
    } + IdentifierColumns;

    /// <summary>Imports the rows that <paramref name="keep"/> accepts, a kind at a time, through the real importer.</summary>
    public void ImportInto(StitchingStore s, Func<MetricRow, bool>? keep = null)
    {
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            var rows = Rows.Where(r => r.Kind == kind && (keep is null || keep(r))).ToList();
            if (rows.Count > 0)
            {
                var summary = s.Import(kind, Header(kind) + "\n" + string.Concat(rows.Select(r => r.Csv + "\n")));
                Assert.Equal((rows.Count, 0L), (summary.Imported, summary.Rejected));
            }
        }
    }

    private void AddCustomer(int p)
    {
        var ann = p == 0;
        var owner = ann ? "ann" : $"p{p:D2}";
        string?[] ids = ann
            ? [.. AnnIdentifiers]
            :
            [
                p <= 3 || _random.Next(10) < 7 ? $"C-P{p:D2}" : null,
                _random.Next(10) < 8 ? $"{owner}@example.com" : null,
                _random.Next(2) == 0 ? $"+1202555{p:D4}" : null,
                _random.Next(10) < 4 ? $"L-P{p:D2}" : null,
                _random.Next(2) == 0 ? $"dev-{owner}" : null,
            ];
        if (ids.All(i => i is null))
        {
            ids[3] = $"L-P{p:D2}";
        }

        var region = ann ? "north" : _random.Next(2) == 0 ? "north" : "south";
        // Ann comes late, so her facts are in the at-risk window before the latest contact.
        var at = ann ? Start.AddDays(58) : Start.AddHours(_random.Next(24 * 60));
        var mood = ann ? -3 : _random.Next(-2, 3);
        Add(FactKind.Interaction, owner, at, $"web,{At(at)},true,{60 + _random.Next(120)},{_random.Next(10, 200)},{region}", ids);
        if (p <= 3)
        {
            Add(FactKind.Interaction, owner, at.AddHours(1), $"store,{At(at.AddHours(1))},true,30,,{region}", [ids[0], null, null, null, "tablet"]);
        }

        foreach (var touchpoint in Touchpoints.Where(_ => _random.Next(3) > 0))
        {
            at = at.AddHours(1 + _random.Next(48));
            Add(FactKind.Interaction, owner, at, $"{touchpoint},{At(at)},{Bool(7)},{30 + _random.Next(300)},,{region}", One(ids));
            var reality = Clamp(7 + mood + _random.Next(-2, 3), 0, 10);
            Add(FactKind.Response, owner, at.AddMinutes(30), $"{touchpoint},{At(at.AddMinutes(30))},{Clamp(reality + _random.Next(-1, 2), 0, 10)}," +
                $"{Clamp(3 + (mood / 2) + _random.Next(-1, 2), 1, 5)},{_random.Next(1, 8)},7,{reality},{Bool(6)},{Bool(7)},{Bool(6)},,{region}", One(ids));
            if (_random.Next(4) == 0 || (ann && touchpoint != "web"))
            {
                var resolved = _random.Next(5) == 0 ? "" : At(at.AddHours(2 + _random.Next(72)));
                Add(FactKind.Case, owner, at.AddMinutes(45), $"{touchpoint},{At(at.AddMinutes(45))},{resolved},phone,billing,{1 + _random.Next(3)},{Bool(6)},{Bool(2)},{region}", One(ids));
            }
        }

        at = at.AddDays(1 + _random.Next(10));
        var nps = ann ? 2 : Clamp(7 + mood + _random.Next(-1, 2), 0, 10);
        Add(FactKind.Response, owner, at, $",{At(at)},{nps},,,,,,{(nps >= 7 ? "yes" : "no")},{(nps >= 9 ? "yes" : "no")},{(ann ? "never again" : "")},{region}", One(ids));
        if (_random.Next(5) < 2 || ann)
        {
            Add(FactKind.Outcome, owner, at.AddDays(3), $"{(mood < 0 ? "churned" : "renewed")},{At(at.AddDays(3))},{_random.Next(10, 90)},{region}", One(ids));
        }
    }

    private void Add(FactKind kind, string owner, DateTime at, string values, string?[] identifiers)
    {
        var id = $"{owner}-{FactKinds.NameOf(kind)[0]}{_next++:D4}";
        Rows.Add(new MetricRow(kind, id, owner, at, $"{id},{values},{string.Join(',', identifiers.Select(i => i ?? ""))}"));
    }

    private string?[] One(string?[] ids)
    {
        var present = Enumerable.Range(0, ids.Length).Where(i => ids[i] is not null).ToList();
        var keep = present[_random.Next(present.Count)];
        return [.. ids.Select((id, i) => i == keep ? id : null)];
    }

    private string Bool(int chanceInTen) => _random.Next(10) < chanceInTen ? "true" : "false";

    private static int Clamp(int value, int min, int max) => Math.Clamp(value, min, max);

    private static string At(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
