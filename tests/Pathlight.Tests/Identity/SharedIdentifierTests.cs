using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

/// <summary>The over-merge guard: an identifier seen with more than max_customer_ids customer_ids joins no one.</summary>
public sealed class SharedIdentifierTests
{
    private const string Header = "id,touchpoint,timestamp,customer_id,email,device,loyalty,nps\n";

    [Fact]
    public void IdentifierAtTheLimitStillJoinsAndOneMoreMakesItSharedAndReported()
    {
        using var s = new StitchingStore("max_customer_ids: 3");
        var before = DateTime.UtcNow;
        s.Import(FactKind.Response, Header + """
            r1,store,2025-01-01,C1,,tablet,,5
            r2,store,2025-01-02,C2,,tablet,,5
            r3,store,2025-01-03,C3,,tablet,,5

            """);
        Assert.Equal(["C1"], s.CustomerOfResponses().Values.Distinct());
        Assert.Empty(s.Store.GetSharedIdentifiers(s.Journey));

        s.Import(FactKind.Interaction, "id,touchpoint,timestamp,customer_id,device\ni4,store,2025-01-04,C4,tablet\n");

        Assert.Equal(["C1", "C2", "C3"], s.CustomerOfResponses().Values);
        Assert.Equal("C4", s.CustomerOfFacts()["interactions/i4"]);
        var shared = Assert.Single(s.Store.GetSharedIdentifiers(s.Journey));
        Assert.Equal((new Identifier("device", "tablet"), 4L), (shared.Identifier, shared.CustomerIds));
        Assert.InRange(shared.FirstSeen, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal("device:tablet", s.Store.FindCustomer(s.Journey, Identifier.Parse("device:tablet")));
    }

    [Fact]
    public void SplitAfterAMergeIsInTheHistoryOfEveryPieceWithTheIdentifierThatCausedIt()
    {
        using var s = new StitchingStore("max_customer_ids: 2");
        s.Import(FactKind.Response, Header + """
            r1,store,2025-01-01,C1,ann@example.com,tablet,,5
            r2,store,2025-01-02,C2,,tablet,L2,5

            """);
        var merged = s.Store.GetCustomerIdentity(s.Journey, "C1")!;
        Assert.Contains(merged.History, e => e.Event == "merge" && e.MergedKey == "C2");

        s.Import(FactKind.Response, Header + "r3,store,2025-01-03,C3,,tablet,,5\n");

        var c1 = s.Store.GetCustomerIdentity(s.Journey, "C1")!;
        var c2 = s.Store.GetCustomerIdentity(s.Journey, "C2")!;
        Assert.Equal(["customer_id:C1", "email:ann@example.com"], c1.Identifiers.Select(i => i.Identifier.ToString()));
        Assert.Equal(["customer_id:C2", "loyalty:L2"], c2.Identifiers.Select(i => i.Identifier.ToString()));
        var sharedEvent = Assert.Single(c1.History, e => e.Event == "shared");
        Assert.Equal(new Identifier("device", "tablet"), sharedEvent.First);
        Assert.Equal("seen with 3 customer_ids (more than 2); no longer used to merge", sharedEvent.Detail);
        foreach (var piece in new[] { c1, c2 })
        {
            var split = Assert.Single(piece.History, e => e.Event == "split");
            Assert.Equal("C1", split.MergedKey);
            Assert.Equal(new Identifier("device", "tablet"), split.First);
            Assert.Equal("split from C1 because an identifier it shared became shared by more than 2 customer_ids", split.Detail);
        }

        Assert.Contains(c2.History, e => e.Event == "merge" && e.MergedKey == "C2" && e.FactId == "r2");
        Assert.Equal("C3", s.CustomerOfResponses()["r3"]);
    }

    [Fact]
    public void CustomerIdIsNeverSharedWhateverItIsSeenWith()
    {
        using var s = new StitchingStore("max_customer_ids: 1");
        s.Import(FactKind.Response, Header + string.Concat(Enumerable.Range(1, 6).Select(i => $"r{i},web,2025-01-0{i},C1,a{i}@example.com,d{i},,9\n")));

        Assert.Empty(s.Store.GetSharedIdentifiers(s.Journey));
        Assert.Equal(["C1"], s.CustomerOfResponses().Values.Distinct());
        Assert.Equal(13, s.Store.GetCustomerIdentity(s.Journey, "C1")!.Identifiers.Count);
        Assert.Empty(s.Query("SELECT * FROM identities WHERE shared"));
    }

    [Fact]
    public void OnlyCustomerIdsCountTowardsTheLimitNotOtherIdentifiers()
    {
        using var s = new StitchingStore("max_customer_ids: 1");
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,,a@example.com,kiosk,,9
            r2,web,2025-01-02,,b@example.com,kiosk,,9
            r3,web,2025-01-03,,c@example.com,kiosk,L1,9
            r4,web,2025-01-04,C1,,kiosk,,9

            """);

        Assert.Empty(s.Store.GetSharedIdentifiers(s.Journey));
        Assert.Equal(["C1"], s.CustomerOfResponses().Values.Distinct());
    }

    [Fact]
    public void FactCarryingOnlySharedIdentifiersBelongsToTheFirstOfThem()
    {
        using var s = new StitchingStore("max_customer_ids: 1");
        s.Import(FactKind.Response, Header + """
            r1,web,2025-01-01,C1,family@example.com,tablet,,9
            r2,web,2025-01-02,C2,family@example.com,tablet,,9
            r3,web,2025-01-03,,family@example.com,tablet,,9
            r4,web,2025-01-04,,FAMILY@example.com,tablet,L7,9

            """);

        var customers = s.CustomerOfResponses();

        Assert.Equal(["C1", "C2", "email:family@example.com", "loyalty:L7"], customers.Values);
        Assert.Equal(
            [("device", "tablet", 2L), ("email", "family@example.com", 2L)],
            s.Store.GetSharedIdentifiers(s.Journey).Select(i => (i.Identifier.Kind, i.Identifier.Value, i.CustomerIds)));
    }
}
