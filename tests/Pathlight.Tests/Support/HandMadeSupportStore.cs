using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Storage;

namespace Pathlight.Tests.Support;

/// <summary>
/// A store with a few customers whose support figures are worked out by hand. Touchpoint a: c1–c7 and an anonymous
/// visitor each have one interaction there; c1, c2, c3 have cases caused by it; c4 and c5 have none; c6 churned before
/// visiting; c7 visited too late for a full 90-day window. Touchpoint b: c6 and c8 visit, c8 has a case. c9 has a case
/// that names no touchpoint. The latest fact is c5's repeat purchase at day 200.
/// </summary>
public sealed class HandMadeSupportStore : IDisposable
{
    public static readonly DateTime T0 = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, string> None = [];

    private readonly DisposableFolder _folder = new();

    public HandMadeSupportStore()
    {
        Journey = TestJourneys.With("j", "J", "a", "b");
        Store = DuckDbStore.Open(_folder.File("support.duckdb"), create: true);
        Store.SaveJourney(Journey);
        Write(FactKind.Interaction,
        [
            Interaction("i1", "a", T0, "c1"), Interaction("i2", "a", T0, "c2"), Interaction("i3", "a", T0, "c3"),
            Interaction("i4", "a", T0, "c4"), Interaction("i5", "a", T0, "c5"), Interaction("i6", "a", T0, "c6"),
            Interaction("i7", "a", T0.AddDays(150), "c7"), Interaction("i8", "a", T0, null),
            Interaction("i9", "b", T0.AddDays(1), "c6"), Interaction("i10", "b", T0.AddDays(1), "c8"),
        ]);
        Write(FactKind.Case,
        [
            Case("s1", "a", "c1", T0.AddDays(1), T0.AddDays(1).AddHours(2), 1, true, false),
            Case("s2", "a", "c2", T0.AddDays(2), T0.AddDays(2).AddHours(10), 3, false, true),
            Case("s3", "a", "c3", T0.AddDays(3), null, 2, false, null),
            Case("s4", "b", "c8", T0.AddDays(1).AddHours(1), T0.AddDays(1).AddHours(5), 1, true, false),
            Case("s5", null, "c9", T0.AddDays(5), T0.AddDays(5).AddHours(1), 1, null, null),
        ]);
        Write(FactKind.Outcome,
        [
            Outcome("o1", "c1", "churned", T0.AddDays(30)),
            Outcome("o2", "c3", "churned", T0.AddDays(120)),
            Outcome("o3", "c4", "churned", T0.AddDays(10)),
            Outcome("o4", "c6", "churned", T0.AddDays(-1)),
            Outcome("o5", "c5", "repeat_purchase", T0.AddDays(200)),
        ]);
        Write(FactKind.Response,
        [
            Relationship("r1", "c1", 3, T0.AddDays(10)),
            Relationship("r2", "c2", 10, T0.AddHours(1)),
            Relationship("r3", "c2", 9, T0.AddDays(5)),
            Relationship("r4", "c4", 8, T0.AddDays(20)),
            Relationship("r5", "c5", 10, T0.AddDays(20)),
            new ResponseFact("r6", "a", T0.AddDays(20), "c3", 0, null, null, null, null, null, null, null, null, None),
        ]);
    }

    public Journey Journey { get; }

    public DuckDbStore Store { get; }

    public void Dispose() => _folder.Dispose();

    private void Write(FactKind kind, IReadOnlyList<Fact> facts)
    {
        using var writer = Store.OpenWriter(Journey, kind);
        writer.Write(facts);
    }

    private static InteractionFact Interaction(string id, string touchpoint, DateTime at, string? customer) =>
        new(id, touchpoint, "web", at, customer, true, null, null, None);

    private static CaseFact Case(string id, string? touchpoint, string customer, DateTime opened, DateTime? resolved, int contacts,
        bool? fcr, bool? reopened) =>
        new(id, touchpoint, customer, "phone", "test", opened, resolved, contacts, fcr, reopened, None);

    private static OutcomeFact Outcome(string id, string customer, string kind, DateTime at) => new(id, customer, kind, at, null, None);

    private static ResponseFact Relationship(string id, string customer, int nps, DateTime at) =>
        new(id, null, at, customer, nps, null, null, null, null, null, null, null, null, None);
}
