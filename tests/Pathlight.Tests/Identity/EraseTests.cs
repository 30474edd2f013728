using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;

namespace Pathlight.Tests.Identity;

public sealed class EraseTests
{
    private static readonly DateTime AsOf = new(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(7, "loyalty:L-ANN")]
    [InlineData(11, "email: ANN@Example.com ")]
    [InlineData(13, "customer_id:C-ANN")]
    public void ErasureLeavesNoRowAboutTheCustomerAndEveryFigureAsAFreshImportWithoutThem(int seed, string identifier)
    {
        var data = new MetricFacts(seed, customers: 40);
        var annRows = data.Rows.Where(r => r.Owner == "ann").ToList();
        using var erased = new StitchingStore();
        erased.Store.AddWebhook("http://127.0.0.1:9/hook", [WebhookEventTypes.Detractor, WebhookEventTypes.AtRisk]);
        // The last tablet user comes in a later batch, so the tablet first joins Ann and two others and then splits them.
        var late = data.Rows.Single(r => r.Owner == "p03" && r.Csv.EndsWith(",tablet", StringComparison.Ordinal));
        data.ImportInto(erased, r => r != late);
        data.ImportInto(erased, r => r == late);
        Assert.True(WebhookEvents.Enqueue(erased.Store, erased.Journey) > 0);
        Assert.Equal(annRows.Select(r => $"{FactKinds.NameOf(r.Kind)}/{r.Id}").Order(StringComparer.Ordinal),
            erased.CustomerOfFacts().Where(f => f.Value == "C-ANN").Select(f => f.Key));
        Assert.Contains(erased.Store.GetSharedIdentifiers(erased.Journey), i => i.Identifier.ToString() == "device:tablet");
        var identity = erased.Store.GetCustomerIdentity(erased.Journey, "C-ANN")!;
        Assert.Equal(MetricFacts.AnnIdentifiers.Order(StringComparer.Ordinal), identity.Identifiers.Select(i => i.Identifier.Value).Order(StringComparer.Ordinal));
        string[] needles = [.. MetricFacts.AnnIdentifiers, .. annRows.Select(r => r.Id), "never again"];
        var before = StoreSearch.Mentions(erased.Path, needles);
        Assert.Contains("webhook_deliveries.payload: C-ANN", before);
        Assert.Contains("webhook_at_risk.customer_id: C-ANN", before);
        Assert.Contains(before, hit => hit.StartsWith("identity_events.", StringComparison.Ordinal));
        var withAnn = StoreSnapshot.Of(erased, AsOf);

        var erasure = erased.Store.EraseCustomer(Identifier.Parse(identifier));

        Assert.NotNull(erasure);
        Assert.Empty(StoreSearch.Mentions(erased.Path, needles));
        Assert.Equal(
            (1, Count(annRows, FactKind.Interaction), Count(annRows, FactKind.Response), Count(annRows, FactKind.Case), Count(annRows, FactKind.Outcome), 5L),
            (erasure.Removed.Journeys, erasure.Removed.Interactions, erasure.Removed.Responses, erasure.Removed.Cases, erasure.Removed.Outcomes, erasure.Removed.Identifiers));
        Assert.True(erasure.Removed.WebhookDeliveries >= 2);
        var recorded = Assert.Single(erased.Store.ListErasures());
        Assert.Equal(("erasure", erasure.Id, erasure.Removed.Facts), (recorded.Reason, recorded.Erasure.Id, recorded.Erasure.Removed.Facts));
        Assert.Null(erased.Store.FindCustomer(erased.Journey, Identifier.Parse("email:ann@example.com")));
        Assert.Null(erased.Store.EraseCustomer(Identifier.Parse(identifier)));

        using var fresh = new StitchingStore();
        data.ImportInto(fresh, r => r.Owner != "ann");
        var withoutAnn = StoreSnapshot.Of(fresh, AsOf);
        Assert.All(["scorecard", "drivers Nps", "support", "paths", "at-risk", "customers of facts"], name => Assert.NotEqual(withoutAnn[name], withAnn[name]));
        StoreSnapshot.Equal(withoutAnn, StoreSnapshot.Of(erased, AsOf));
        Assert.Empty(erased.Store.GetSharedIdentifiers(erased.Journey));
        Assert.Equal(["C-P01"], data.Rows.Where(r => r.Owner is "p01" or "p02" or "p03" && r.Csv.EndsWith(",tablet", StringComparison.Ordinal))
            .Select(r => erased.CustomerOfFacts()[$"interactions/{r.Id}"]).Distinct());
    }

    [Fact]
    public void ErasureReachesEveryJourneyAndLeavesOthersAlone()
    {
        using var s = new StitchingStore();
        var club = s.AddJourney("club");
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nshop-r1,web,2025-01-01,ann@example.com,9\nshop-r2,web,2025-01-01,bob@example.com,9\n");
        s.Import(FactKind.Response, "id,touchpoint,timestamp,customer_id,email,nps\nclub-r1,web,2025-01-01,M-1,ann@example.com,7\n", journey: club);

        var erasure = s.Store.EraseCustomer(Identifier.Parse("email:ann@example.com"))!;

        Assert.Equal((2, 2L, 3L), (erasure.Removed.Journeys, erasure.Removed.Responses, erasure.Removed.Identifiers));
        Assert.Equal(["shop-r2"], s.Query("SELECT id FROM responses").Select(r => (string)r["id"]!));
        Assert.Equal(["email:bob@example.com"], s.Query("SELECT kind || ':' || value AS i FROM identities").Select(r => (string)r["i"]!));
    }

    [Fact]
    public void ErasingAnUnknownIdentifierChangesNothing()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nr1,web,2025-01-01,ann@example.com,9\n");

        Assert.Null(s.Store.EraseCustomer(Identifier.Parse("email:zed@example.com")));
        Assert.Single(s.Query("SELECT * FROM responses"));
        Assert.Empty(s.Store.ListErasures());
    }

    private static long Count(List<MetricRow> rows, FactKind kind) => rows.Count(r => r.Kind == kind);
}
