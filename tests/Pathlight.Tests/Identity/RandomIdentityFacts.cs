using System.Text;
using Pathlight.Facts;
using Pathlight.Identity;

namespace Pathlight.Tests.Identity;

/// <summary>
/// Reproducible facts of every kind about random people who share some identifiers: devices used by two people (which
/// join them), shop tablets and a family e-mail address used by many (which the over-merge guard must stop). Each fact
/// carries a random subset of its person's identifiers, spelled in varying ways that normalize to the same value.
/// Phones are US numbers (the journey's region is US).
/// </summary>
internal sealed class RandomIdentityFacts
{
    public const string Identity = "phone_region: US\nmax_customer_ids: 3";

    private static readonly FactKind[] Kinds = Enum.GetValues<FactKind>();
    private readonly Random _random;

    public RandomIdentityFacts(int seed, int people, int facts)
    {
        _random = new Random(seed);
        var persons = Enumerable.Range(0, people).Select(NewPerson).ToList();
        ShareAmong(persons, 4, 2, p => new Identifier(IdentifierKinds.Device, $"pair-{p}"));
        ShareAmong(persons, 2, 14, p => new Identifier(IdentifierKinds.Device, $"tablet-{p}"));
        ShareAmong(persons, 1, 12, _ => new Identifier(IdentifierKinds.Email, "family@example.com"));
        Facts = Enumerable.Range(0, facts).Select(i => NewFact(i, persons[_random.Next(persons.Count)])).ToList();

        // Each user of a shared identifier is seen with it at least once, with their customer_id when they have one.
        foreach (var person in persons)
        {
            foreach (var shared in person.Shared)
            {
                var own = person.Own.Where(i => i.Kind != shared.Kind && (i.Kind == IdentifierKinds.CustomerId || _random.Next(3) == 0));
                Facts.Add(Make(Facts.Count, [shared, .. own]));
            }
        }
    }

    public List<IdentityFact> Facts { get; }

    /// <summary>The facts in a random order.</summary>
    public List<IdentityFact> Shuffled(int seed)
    {
        var order = Facts.ToArray();
        new Random(seed).Shuffle(order);
        return [.. order];
    }

    /// <summary>CSV text of facts of one kind, with every identifier column.</summary>
    public static string Csv(FactKind kind, IEnumerable<IdentityFact> facts)
    {
        var text = new StringBuilder(kind switch
        {
            FactKind.Interaction => "id,touchpoint,timestamp",
            FactKind.Response => "id,touchpoint,timestamp,nps",
            FactKind.Case => "id,touchpoint,opened",
            _ => "id,kind,timestamp",
        });
        text.Append(",customer_id,email,phone,loyalty,device\n");
        foreach (var fact in facts)
        {
            var at = $"2025-02-{1 + (fact.Number % 28):D2}T10:00:00Z";
            text.Append(kind switch
            {
                FactKind.Interaction => $"{fact.Id},web,{at}",
                FactKind.Response => $"{fact.Id},store,{at},{fact.Number % 11}",
                FactKind.Case => $"{fact.Id},call,{at}",
                _ => $"{fact.Id},churned,{at}",
            });
            foreach (var column in (string[])["customer_id", "email", "phone", "loyalty", "device"])
            {
                text.Append(',').Append(fact.Spelled.GetValueOrDefault(column));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private Person NewPerson(int p)
    {
        List<Identifier> own =
        [
            .. Maybe(0.6, () => new Identifier(IdentifierKinds.CustomerId, $"C{p}")),
            .. Maybe(0.7, () => new Identifier(IdentifierKinds.Email, $"p{p}@example.com")),
            .. Maybe(0.5, () => new Identifier(IdentifierKinds.Phone, $"+1202555{p:D4}")),
            .. Maybe(0.4, () => new Identifier(IdentifierKinds.Loyalty, $"L{p}")),
            .. Maybe(0.4, () => new Identifier(IdentifierKinds.Device, $"dev-{p}")),
        ];
        return new Person(own.Count > 0 ? own : [new Identifier(IdentifierKinds.Loyalty, $"L{p}")], []);
    }

    private void ShareAmong(List<Person> persons, int count, int users, Func<int, Identifier> identifier)
    {
        for (var i = 0; i < count; i++)
        {
            foreach (var person in persons.OrderBy(_ => _random.Next()).Take(users))
            {
                person.Shared.Add(identifier(i));
            }
        }
    }

    private IdentityFact NewFact(int number, Person person)
    {
        var chosen = new Dictionary<string, Identifier>(StringComparer.Ordinal);
        foreach (var identifier in person.Shared.Where(_ => _random.NextDouble() < 0.5).Concat(person.Own.Where(_ => _random.NextDouble() < 0.5)))
        {
            chosen.TryAdd(identifier.Kind, identifier);
        }

        if (chosen.Count == 0)
        {
            var one = person.Own[_random.Next(person.Own.Count)];
            chosen[one.Kind] = one;
        }

        return Make(number, chosen.Values);
    }

    private IdentityFact Make(int number, IEnumerable<Identifier> identifiers)
    {
        var kind = Kinds[_random.Next(Kinds.Length)];
        var chosen = identifiers.ToDictionary(i => i.Kind, StringComparer.Ordinal);
        var prefix = FactKinds.NameOf(kind)[..1];
        return new IdentityFact(kind, $"{prefix}{number:D4}", number,
            IdentifierKinds.BuiltIn.Where(chosen.ContainsKey).Select(k => chosen[k]).ToList(),
            chosen.ToDictionary(c => c.Key, c => Spell(c.Value), StringComparer.Ordinal));
    }

    private string Spell(Identifier identifier) => identifier.Kind switch
    {
        IdentifierKinds.Email => _random.Next(3) switch
        {
            0 => identifier.Value.ToUpperInvariant(),
            1 => $"  {char.ToUpperInvariant(identifier.Value[0])}{identifier.Value[1..]} ",
            _ => identifier.Value,
        },
        IdentifierKinds.Phone => _random.Next(3) switch
        {
            0 => $"({identifier.Value[2..5]}) {identifier.Value[5..8]}-{identifier.Value[8..]}",
            1 => $"+1 {identifier.Value[2..5]} {identifier.Value[5..8]} {identifier.Value[8..]}",
            _ => identifier.Value,
        },
        _ => _random.Next(4) == 0 ? $" {identifier.Value} " : identifier.Value,
    };

    private IEnumerable<Identifier> Maybe(double chance, Func<Identifier> make) =>
        _random.NextDouble() < chance ? [make()] : [];

    private sealed record Person(List<Identifier> Own, List<Identifier> Shared);
}
