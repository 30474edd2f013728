using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

public sealed class ChainTests
{
    [Fact]
    public void EmailPhoneDeviceLoyaltyChainAcrossEveryFactKindIsOneCustomer()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Interaction, """
            id,touchpoint,timestamp,email,phone,device,loyalty
            i1,web,2025-01-01,Ann@Example.com,,,
            i2,web,2025-01-02,ann@example.com ,07911 123456,,
            i9,web,2025-01-02,bob@example.com,,,

            """);
        s.Import(FactKind.Response, "id,touchpoint,timestamp,phone,device,nps\nr1,store,2025-01-03,+44 7911 123456,tab-7,8\n");
        s.Import(FactKind.Case, "id,touchpoint,opened,device,loyalty\nk1,store,2025-01-04,tab-7,L-99\n");
        s.Import(FactKind.Outcome, "id,kind,timestamp,loyalty\no1,repeat_purchase,2025-01-05,L-99\n");

        var customers = s.CustomerOfFacts();

        Assert.Equal(["device:tab-7"], customers.Where(f => f.Key != "interactions/i9").Select(f => f.Value).Distinct());
        Assert.Equal("email:bob@example.com", customers["interactions/i9"]);
        var identity = s.Store.GetCustomerIdentity(s.Journey, "device:tab-7")!;
        Assert.Equal(
            ["device:tab-7", "email:ann@example.com", "loyalty:L-99", "phone:+447911123456"],
            identity.Identifiers.Select(i => i.Identifier.ToString()));
        Assert.All(identity.Identifiers, i => Assert.False(i.Shared));
        foreach (var text in new[] { "email:ANN@example.com", "phone:07911123456", "device:tab-7", "loyalty:L-99" })
        {
            Assert.Equal("device:tab-7", s.Store.FindCustomer(s.Journey, Identifier.Parse(text)));
        }

        Assert.Equal(
            [("email:ann@example.com", "phone:+447911123456", "interactions", "i2"), ("device:tab-7", "phone:+447911123456", "responses", "r1"),
             ("device:tab-7", "loyalty:L-99", "cases", "k1")],
            identity.History.Where(e => e.Event == "merge").Select(e => (Pair(e).First, Pair(e).Second, e.FactKind!, e.FactId!)));
    }

    [Fact]
    public void CustomerIdArrivingLastBecomesTheKeyOfTheWholeChain()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,phone,device,nps
            r1,web,2025-01-01,,zed@example.com,,,9
            r2,web,2025-01-02,,zed@example.com,07911 123456,,8
            r3,web,2025-01-03,,,07911 123456,d-1,7

            """);
        Assert.Equal(["device:d-1"], s.CustomerOfResponses().Values.Distinct());

        s.Import(FactKind.Outcome, "id,kind,timestamp,customer_id,device\no1,renewed,2025-01-04,C9,d-1\n");

        Assert.Equal(["C9"], s.CustomerOfFacts().Values.Distinct());
        Assert.Null(s.Store.GetCustomerIdentity(s.Journey, "device:d-1"));
        Assert.Equal("C9", s.Store.FindCustomer(s.Journey, Identifier.Parse("email:zed@example.com")));
        Assert.Equal("C9", s.Store.FindCustomer(s.Journey, Identifier.Parse("customer_id:C9")));
    }

    [Fact]
    public void KeyIsTheOrdinallySmallestCustomerIdElseTheSmallestKindAndValue()
    {
        using var s = new StitchingStore("phone_region: GB\nmax_customer_ids: 5");
        var rejected = new List<Pathlight.Import.RowRejection>();
        s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,phone,loyalty,nps
            r1,web,2025-01-01,C9,a@example.com,,,9
            r2,web,2025-01-01,C10,,07911 123456,,9
            r3,web,2025-01-01,,a@example.com,07911 123456,,9
            r4,web,2025-01-01,,z@example.com,07911 123457,,9
            r5,web,2025-01-01,,,07911 123457,AA-1,9

            """, rejected);
        Assert.Empty(rejected);

        var customers = s.CustomerOfResponses();

        Assert.Equal(["C10", "C10", "C10"], new[] { customers["r1"], customers["r2"], customers["r3"] });
        Assert.Equal(["email:z@example.com", "email:z@example.com"], new[] { customers["r4"], customers["r5"] });
    }

    [Fact]
    public void MergeOfTwoCustomersWithCustomerIdsRecordsWhichIdentifiersWhichFactAndWhen()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,phone,nps
            r1,web,2025-01-01,C1,ann@example.com,,9
            r2,store,2025-01-02,C2,,07911 123456,8

            """);
        Assert.Equal(["C1", "C2"], s.CustomerOfResponses().Values);
        var before = DateTime.UtcNow;

        s.Import(FactKind.Case, "id,touchpoint,opened,email,phone\nk7,store,2025-01-03,ann@example.com,07911 123456\n");

        var after = DateTime.UtcNow;
        Assert.Equal(["C1", "C1", "C1"], s.CustomerOfFacts().Values);
        Assert.Null(s.Store.GetCustomerIdentity(s.Journey, "C2"));
        var identity = s.Store.GetCustomerIdentity(s.Journey, "C1")!;
        Assert.Equal(["customer_id:C1", "customer_id:C2", "email:ann@example.com", "phone:+447911123456"],
            identity.Identifiers.Select(i => i.Identifier.ToString()));
        var merges = identity.History.Where(e => e.Event == "merge").ToList();
        Assert.Equal(3, merges.Count);
        var joining = merges[^1];
        Assert.Equal("C2", joining.MergedKey);
        Assert.Equal(("email:ann@example.com", "phone:+447911123456"), Pair(joining));
        Assert.Equal(("cases", "k7"), (joining.FactKind, joining.FactId));
        Assert.InRange(joining.At, before.AddSeconds(-1), after.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, joining.At.Kind);
    }

    [Fact]
    public void IdentifiersOfOneFactAreOneCustomerWhateverTheirKinds()
    {
        using var s = new StitchingStore("phone_region: GB\nkinds: [crm_id]");
        s.Import(FactKind.Interaction, """
            id,touchpoint,timestamp,account,crm_id,device
            i1,web,2025-01-01,AC-1,X-1,d-1
            i2,web,2025-01-02,,X-1,
            i3,web,2025-01-03,,,d-1

            """);

        Assert.Equal(["account:AC-1"], s.CustomerOfFacts().Values.Distinct());
    }

    private static (string First, string Second) Pair(IdentityEvent e)
    {
        var pair = new[] { e.First!.Value.ToString(), e.Second!.Value.ToString() }.Order(StringComparer.Ordinal).ToArray();
        return (pair[0], pair[1]);
    }
}
