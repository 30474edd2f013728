using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;

namespace Pathlight.Tests.Identity;

/// <summary>Erasure finds what was written about the customer under the keys they had before later merges.</summary>
public sealed class EraseHistoryTests
{
    [Fact]
    public void WebhookEventsQueuedUnderAnEarlierKeyAreErasedToo()
    {
        using var s = new StitchingStore();
        s.Store.AddWebhook("http://127.0.0.1:9/hook", [WebhookEventTypes.Detractor, WebhookEventTypes.AtRisk]);
        s.Import(FactKind.Case, "id,touchpoint,opened,email\nann-k1,store,2025-01-02T10:00:00Z,ann@example.com\n");
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nr1,web,2025-01-03T10:00:00Z,bob@example.com,9\n");
        Assert.True(WebhookEvents.Enqueue(s.Store, s.Journey) > 0);
        Assert.Contains("webhook_at_risk.customer_id: email:ann@example.com", StoreSearch.Mentions(s.Path, ["email:ann@example.com"]));
        s.Import(FactKind.Interaction, "id,touchpoint,timestamp,customer_id,email\nann-i1,web,2025-01-04T10:00:00Z,C-ANN,ann@example.com\n");
        Assert.Equal("C-ANN", s.Store.FindCustomer(s.Journey, Identifier.Parse("email:ann@example.com")));

        var erasure = s.Store.EraseCustomer(Identifier.Parse("customer_id:C-ANN"))!;

        Assert.Empty(StoreSearch.Mentions(s.Path, ["ann@example.com", "C-ANN", "ann-k1", "ann-i1"]));
        Assert.True(erasure.Removed.WebhookDeliveries >= 1);
        Assert.Equal(["r1"], s.Query("SELECT id FROM responses").Select(r => (string)r["id"]!));
    }

    [Fact]
    public void AnotherCustomersAlertQueuedUnderTheErasedKeyStaysWithoutItAndIsNotSentAgain()
    {
        using var s = new StitchingStore("max_customer_ids: 2");
        s.Store.AddWebhook("http://127.0.0.1:9/hook", [WebhookEventTypes.Detractor]);
        const string Header = "id,touchpoint,timestamp,customer_id,device,nps\n";
        s.Import(FactKind.Response, Header + "ann-r1,web,2025-01-01,C-ANN,tablet,9\nbob-r1,web,2025-01-02,C-BOB,tablet,2\n");
        Assert.Equal(1, WebhookEvents.Enqueue(s.Store, s.Journey));
        s.Import(FactKind.Response, Header + "cat-r1,web,2025-01-03,C-CAT,tablet,9\n");
        Assert.Equal("C-BOB", s.CustomerOfResponses()["bob-r1"]);

        s.Store.EraseCustomer(Identifier.Parse("customer_id:C-ANN"));

        Assert.Empty(StoreSearch.Mentions(s.Path, ["C-ANN", "ann-r1"]));
        var delivery = Assert.Single(s.Query("SELECT CAST(payload AS VARCHAR) AS payload FROM webhook_deliveries"));
        using var payload = System.Text.Json.JsonDocument.Parse((string)delivery["payload"]!);
        Assert.Equal(("bob-r1", System.Text.Json.JsonValueKind.Null),
            (payload.RootElement.GetProperty("data").GetProperty("response_id").GetString(), payload.RootElement.GetProperty("data").GetProperty("customer_id").ValueKind));
        Assert.Equal(0, WebhookEvents.Enqueue(s.Store, s.Journey));
    }

    [Fact]
    public void ErasingASharedAddressTakesItOffEveryonesFactsAndRemovesTheFactsOnlyItIdentified()
    {
        using var s = new StitchingStore("phone_region: GB\nmax_customer_ids: 1");
        s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,nps
            r1,web,2025-01-01,C1,family@example.com,9
            r2,web,2025-01-02,C2,family@example.com,8
            r3,web,2025-01-03,,family@example.com,3

            """);
        Assert.Equal("email:family@example.com", s.CustomerOfResponses()["r3"]);

        var erasure = s.Store.EraseCustomer(Identifier.Parse("email:family@example.com"))!;

        Assert.Equal((1L, 1L), (erasure.Removed.Responses, erasure.Removed.Identifiers));
        Assert.Equal(["C1", "C2"], s.CustomerOfResponses().Values);
        Assert.Empty(StoreSearch.Mentions(s.Path, ["family@example.com"]));
        Assert.Empty(s.Store.GetSharedIdentifiers(s.Journey));
    }

    [Fact]
    public void ErasingSomeoneBesideAFamilyAddressKeepsTheAddressForTheOthers()
    {
        using var s = new StitchingStore("phone_region: GB\nmax_customer_ids: 1");
        const string Header = "id,touchpoint,timestamp,customer_id,email,phone,nps\n";
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,C1,family@example.com,,9
            r2,web,2025-01-02,C2,family@example.com,,8
            r3,web,2025-01-03,,family@example.com,07911 123456,3
            r4,web,2025-01-04,C3,,07911 123456,4

            """);
        Assert.Equal(["C1", "C2", "C3", "C3"], s.CustomerOfResponses().Values);

        var erasure = s.Store.EraseCustomer(Identifier.Parse("phone:07911 123456"))!;

        Assert.Equal((2L, 2L), (erasure.Removed.Responses, erasure.Removed.Identifiers));
        Assert.Equal(["C1", "C2"], s.CustomerOfResponses().Values);
        Assert.Empty(StoreSearch.Mentions(s.Path, ["+447911123456"]));
        Assert.Empty(s.Query("SELECT * FROM identities WHERE value = 'C3'"));
        var shared = Assert.Single(s.Store.GetSharedIdentifiers(s.Journey));
        Assert.Equal(("email:family@example.com", 2L), (shared.Identifier.ToString(), shared.CustomerIds));
    }
}
