using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Storage;

namespace Pathlight.Tests.Timelines;

/// <summary>
/// A store with journey "j" (touchpoints a, b) and customer c-1's facts of every kind, written out of time order across
/// kinds and batches; c-2 has one interaction.
/// </summary>
public sealed class TimelineStore : IDisposable
{
    public const string Customer = "c-1";

    private static readonly Dictionary<string, string> None = [];

    public TimelineStore()
    {
        Store = DuckDbStore.Open(Folder.File("timeline.duckdb"), create: true);
        Store.SaveJourney(TestJourneys.With("j", "Journey J", "a", "b"));
        Write(FactKind.Outcome, new OutcomeFact("o1", Customer, "churned", At(20), 0, None));
        Write(FactKind.Response,
            Response("r-rel", null, At(15), nps: 3, recommend: false, comment: "Never again"),
            Response("r2", "b", At(9, 9), reality: 2, expectation: 7),
            Response("r1", "a", At(2), nps: 8),
            Response("r0", null, At(3), nps: 9, recommend: true));
        Write(FactKind.Case,
            new CaseFact("k2", "a", Customer, "phone", "billing", At(14), null, 1, null, null, None),
            new CaseFact("k1", "b", Customer, "chat", "availability", At(10), At(12), 2, false, true, None));
        Write(FactKind.Interaction,
            new InteractionFact("i3", "b", "web", At(9, 9), Customer, false, null, null, None),
            new InteractionFact("i2", "b", null, At(9, 8), Customer, true, 95, 499, new Dictionary<string, string> { ["region"] = "north" }),
            new InteractionFact("i1", "a", "store", At(1), Customer, null, null, null, None),
            new InteractionFact("i-other", "a", "store", At(5), "c-2", true, null, null, None));
    }

    public DisposableFolder Folder { get; } = new();

    public DuckDbStore Store { get; }

    public static DateTime At(int day, int hour = 12) => new(2026, 3, day, hour, 0, 0, DateTimeKind.Utc);

    public void Dispose() => Folder.Dispose();

    private void Write(FactKind kind, params Fact[] facts)
    {
        using var writer = Store.OpenWriter(Store.GetJourney("j"), kind);
        foreach (var fact in facts)
        {
            writer.Write([fact]);
        }
    }

    private static ResponseFact Response(string id, string? touchpoint, DateTime at, int? nps = null, int? reality = null,
        int? expectation = null, bool? recommend = null, string? comment = null) =>
        new(id, touchpoint, at, Customer, nps, null, null, expectation, reality, null, null, recommend, comment, None);
}
