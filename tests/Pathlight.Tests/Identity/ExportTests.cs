using System.Text;
using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;

namespace Pathlight.Tests.Identity;

public sealed class ExportTests
{
    private const string Identifiers = "customer_id,email,phone,loyalty,device";

    [Fact]
    public void ExportHoldsEveryFactColumnIdentifierLinkAndHistoryOfTheCustomerAndNothingOfOthers()
    {
        using var s = new StitchingStore();
        Ann(s);
        var identity = s.Store.GetCustomerIdentity(s.Journey, "C-ANN")!;

        using var json = Export(s, "phone:+44 7911 123456", expectedJourneys: 1);

        var text = json.RootElement.GetRawText();
        Assert.Equal("phone:+44 7911 123456", json.RootElement.GetProperty("identifier").GetString());
        var customer = Assert.Single(json.RootElement.GetProperty("customers").EnumerateArray());
        Assert.Equal(("shop", "C-ANN", false),
            (customer.GetProperty("journey").GetString(), customer.GetProperty("customer_key").GetString(), customer.GetProperty("pseudonymized").GetBoolean()));
        Assert.Equal(identity.Identifiers.Select(i => i.Identifier.ToString()),
            customer.GetProperty("identifiers").EnumerateArray().Select(i => $"{i.GetProperty("kind").GetString()}:{i.GetProperty("value").GetString()}"));
        Assert.Equal(identity.History.Select(e => (e.Event, e.FactId)),
            customer.GetProperty("history").EnumerateArray().Select(e => (e.GetProperty("event").GetString()!, e.GetProperty("fact_id").GetString())));
        Assert.Equal(StoredLinks(s, identity), customer.GetProperty("links").EnumerateArray()
            .Select(l => $"{l.GetProperty("identifier").GetString()} {l.GetProperty("linked_to").GetString()}").Order(StringComparer.Ordinal));

        foreach (var kind in Enum.GetValues<FactKind>())
        {
            var name = FactKinds.NameOf(kind);
            var facts = customer.GetProperty(name).EnumerateArray().ToList();
            Assert.Equal(s.Query($"SELECT id FROM {name} WHERE customer_id = 'C-ANN' ORDER BY id").Select(r => (string)r["id"]!),
                facts.Select(f => f.GetProperty("id").GetString()));
            var columns = s.Query($"SELECT column_name FROM information_schema.columns WHERE table_name = 'fact_{name}' ORDER BY ordinal_position")
                .Select(r => (string)r["column_name"]!).Except(["journey_id", "identity_id"]).Append("identifiers");
            Assert.All(facts, f => Assert.Equal(columns, f.EnumerateObject().Select(p => p.Name)));
            Assert.All(facts, f => Assert.Equal("north", f.GetProperty("attributes").GetProperty("region").GetString()));
        }

        var response = customer.GetProperty("responses")[0];
        Assert.Equal((3, 2, "slow delivery"), (response.GetProperty("nps").GetInt32(), response.GetProperty("csat").GetInt32(), response.GetProperty("comment").GetString()));
        Assert.Equal(["email:ann@example.com", "phone:+447911123456"], FactIdentifiers(response));
        var kase = customer.GetProperty("cases")[0];
        Assert.Equal(("billing", 2, true), (kase.GetProperty("category").GetString(), kase.GetProperty("contacts").GetInt32(), kase.GetProperty("reopened").GetBoolean()));
        Assert.Equal("2025-01-05T09:30:00Z", kase.GetProperty("resolved_at").GetString());
        Assert.Equal(["customer_id:C-ANN", "device:tablet"], FactIdentifiers(customer.GetProperty("interactions")[1]));
        Assert.Equal(99, customer.GetProperty("outcomes")[0].GetProperty("value").GetDouble());
        var delivery = Assert.Single(customer.GetProperty("webhook_deliveries").EnumerateArray());
        Assert.Equal("ann-r1", delivery.GetProperty("payload").GetProperty("data").GetProperty("response_id").GetString());
        foreach (var other in new[] { "bob", "BOB", "cat-", "dan-", "C-CAT", "C-DAN" })
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExportCoversEveryJourneyThatKnowsTheCustomer()
    {
        using var s = new StitchingStore();
        var club = s.AddJourney("club");
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nshop-r1,web,2025-01-01,ann@example.com,9\n");
        s.Import(FactKind.Response, "id,touchpoint,timestamp,customer_id,email,nps\nclub-r1,web,2025-01-01,M-1,Ann@Example.com,7\n", journey: club);
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nclub-r2,web,2025-01-01,zed@example.com,7\n", journey: club);

        using var json = Export(s, "email:ANN@example.com", expectedJourneys: 2);

        Assert.Equal([("club", "M-1", "club-r1"), ("shop", "email:ann@example.com", "shop-r1")],
            json.RootElement.GetProperty("customers").EnumerateArray().Select(c => (c.GetProperty("journey").GetString(),
                c.GetProperty("customer_key").GetString(), Assert.Single(c.GetProperty("responses").EnumerateArray()).GetProperty("id").GetString())));
    }

    [Fact]
    public void ExportOfAnUnknownIdentifierIsAnEmptyList()
    {
        using var s = new StitchingStore();
        Ann(s);

        using var json = Export(s, "email:nobody@example.com", expectedJourneys: 0);

        Assert.Empty(json.RootElement.GetProperty("customers").EnumerateArray());
    }

    [Fact]
    public void ExportOfAnInvalidIdentifierIsAClearError()
    {
        using var s = new StitchingStore();
        Ann(s);
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        var error = Assert.Throws<PathlightException>(() => s.Store.ExportCustomer(Identifier.Parse("phone:12"), writer));

        Assert.Equal("phone: '12' is not a valid phone number in GB", error.Message);
    }

    /// <summary>
    /// Ann (C-ANN) on every kind of fact with five identifiers and a shop tablet shared with Bob, Cat and Dan; a
    /// webhook holds a detractor alert for each of Ann and Bob.
    /// </summary>
    internal static void Ann(StitchingStore s)
    {
        s.Store.AddWebhook("http://127.0.0.1:9/hook", [WebhookEventTypes.Detractor]);
        s.Import(FactKind.Interaction, $"""
            id,touchpoint,timestamp,channel,success,duration_seconds,value,region,{Identifiers}
            ann-i1,web,2025-01-01T10:00:00Z,web,true,30,12.5,north,C-ANN,ann@example.com,,,
            ann-i2,store,2025-01-02T10:00:00Z,store,,,,north,C-ANN,,,,tablet
            bob-i1,store,2025-01-02T11:00:00Z,store,,,,south,C-BOB,bob@example.com,,,tablet
            cat-i1,store,2025-01-02T12:00:00Z,store,,,,south,C-CAT,,,,tablet
            dan-i1,store,2025-01-02T13:00:00Z,store,,,,south,C-DAN,,,,tablet

            """);
        s.Import(FactKind.Response, $"""
            id,touchpoint,timestamp,nps,csat,comment,region,{Identifiers}
            ann-r1,web,2025-01-03T10:00:00Z,3,2,slow delivery,north,,ann@example.com,07911 123456,,
            bob-r1,web,2025-01-03T11:00:00Z,2,1,bob was here,south,,bob@example.com,,,

            """);
        s.Import(FactKind.Case, $"""
            id,touchpoint,opened,resolved,channel,category,contacts,first_contact_resolution,reopened,region,{Identifiers}
            ann-k1,store,2025-01-04T09:00:00Z,2025-01-05T09:30:00Z,phone,billing,2,false,true,north,,,+447911123456,,ann-dev
            bob-k1,store,2025-01-04T09:00:00Z,,phone,billing,1,,,south,C-BOB,,,,

            """);
        s.Import(FactKind.Outcome, $"""
            id,kind,timestamp,value,region,{Identifiers}
            ann-o1,churned,2025-01-06T10:00:00Z,99,north,,,,L-ANN,ann-dev
            bob-o1,renewed,2025-01-06T10:00:00Z,10,south,C-BOB,,,,

            """);
        Assert.Equal(2, WebhookEvents.Enqueue(s.Store, s.Journey));
    }

    private static JsonDocument Export(StitchingStore s, string identifier, int expectedJourneys)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Assert.Equal(expectedJourneys, s.Store.ExportCustomer(Identifier.Parse(identifier), writer));
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static List<string> FactIdentifiers(JsonElement fact) =>
        fact.GetProperty("identifiers").EnumerateArray().Select(i => i.GetString()!).ToList();

    private static IOrderedEnumerable<string> StoredLinks(StitchingStore s, CustomerIdentity identity)
    {
        var mine = identity.Identifiers.Select(i => $"'{i.Identifier}'");
        return s.Query($"""
            SELECT a.kind || ':' || a.value AS a, b.kind || ':' || b.value AS b
            FROM identity_links l JOIN identities a ON a.id = l.a JOIN identities b ON b.id = l.b
            WHERE a.kind || ':' || a.value IN ({string.Join(", ", mine)}) OR b.kind || ':' || b.value IN ({string.Join(", ", mine)})
            """).Select(r => $"{r["a"]} {r["b"]}").Order(StringComparer.Ordinal);
    }
}
