using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

public sealed class StitchingTests
{
    private const string Header = "id,touchpoint,timestamp,customer_id,email,phone,device,loyalty,nps\n";

    [Fact]
    public void AChainOfIdentifiersAcrossChannelsIsOneCustomer()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,C1,Ann@Example.com ,,,,9
            r2,web,2025-01-02,,ann@example.com,07911 123456,,,8
            r3,store,2025-01-03,,,+44 7911 123456,d1,,7
            r4,store,2025-01-04,,,,d1,L9,6
            r5,store,2025-01-05,,,,,L9,5
            r6,store,2025-01-05,C2,,,,,5
            """);

        var customers = s.CustomerOfResponses();

        Assert.All(["r1", "r2", "r3", "r4", "r5"], id => Assert.Equal("C1", customers[id]));
        Assert.Equal("C2", customers["r6"]);
        var identity = s.Store.GetCustomerIdentity(s.Journey, "C1")!;
        Assert.Equal(
            ["customer_id:C1", "device:d1", "email:ann@example.com", "loyalty:L9", "phone:+447911123456"],
            identity.Identifiers.Select(i => i.Identifier.ToString()));
        Assert.Equal(4, identity.History.Count(e => e.Event == "merge"));
        Assert.Equal("C1", s.Store.FindCustomer(s.Journey, Identifier.Parse("phone:07911 123456")));
    }

    [Fact]
    public void AnIdentifierSeenWithTooManyCustomerIdsMergesNoOne()
    {
        using var s = new StitchingStore("max_customer_ids: 2");
        s.Import(FactKind.Response, Header + """
            r1,store,2025-01-05,C1,,,tablet,,5
            r2,store,2025-01-05,C2,,,tablet,,5
            """);
        Assert.Equal("C1", s.CustomerOfResponses()["r2"]);

        s.Import(FactKind.Response, Header + "r3,store,2025-01-06,C3,,,tablet,,5\n");

        var customers = s.CustomerOfResponses();
        Assert.Equal(["C1", "C2", "C3"], customers.Values);
        var shared = Assert.Single(s.Store.GetSharedIdentifiers(s.Journey));
        Assert.Equal("device:tablet", shared.Identifier.ToString());
        Assert.Equal(3, shared.CustomerIds);
    }

    [Fact]
    public void ErasingACustomerLeavesNoRowAboutThem()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,C1,ann@example.com,,,,9
            r2,web,2025-01-02,,ann@example.com,,,,8
            r3,store,2025-01-05,C2,bob@example.com,,,,5
            """);

        var erasure = s.Store.EraseCustomer(Identifier.Parse("email:ANN@example.com"));

        Assert.NotNull(erasure);
        Assert.Equal(2, erasure.Removed.Responses);
        Assert.Equal(2, erasure.Removed.Identifiers);
        Assert.Equal(["r3"], s.CustomerOfResponses().Keys);
        Assert.Null(s.Store.FindCustomer(s.Journey, Identifier.Parse("customer_id:C1")));
    }
}
