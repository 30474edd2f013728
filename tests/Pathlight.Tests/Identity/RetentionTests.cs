using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;

namespace Pathlight.Tests.Identity;

public sealed class RetentionTests
{
    private static readonly DateTime Now = new(2025, 3, 20, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AsOf = new(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(5, 40)]
    [InlineData(6, 60)]
    public void RetentionLeavesTheStoreAFreshImportOfTheRemainingFactsWouldMake(int seed, int days)
    {
        var data = new MetricFacts(seed, customers: 40);
        var cutoff = Now.AddDays(-days);
        var (old, kept) = (data.Rows.Where(r => r.At < cutoff).ToList(), data.Rows.Where(r => r.At >= cutoff).ToList());
        Assert.NotEmpty(old);
        Assert.NotEmpty(kept);
        using var s = new StitchingStore(retentionDays: days);
        s.Store.AddWebhook("http://127.0.0.1:9/hook", [WebhookEventTypes.Detractor, WebhookEventTypes.AtRisk]);
        data.ImportInto(s);
        Assert.True(WebhookEvents.Enqueue(s.Store, s.Journey) > 0);
        var identifiersBefore = Identifiers(s);

        var removed = s.Store.ApplyRetention(s.Journey, Now);

        Assert.Equal(
            (1, Count(old, FactKind.Interaction), Count(old, FactKind.Response), Count(old, FactKind.Case), Count(old, FactKind.Outcome)),
            (removed.Journeys, removed.Interactions, removed.Responses, removed.Cases, removed.Outcomes));
        var dropped = identifiersBefore.Except(Identifiers(s)).ToList();
        Assert.Equal(dropped.Count, removed.Identifiers);
        Assert.True(removed.Identifiers > 0);
        Assert.True(removed.WebhookDeliveries > 0);
        var (erasure, reason) = Assert.Single(s.Store.ListErasures());
        Assert.Equal(("retention", removed.Facts, removed.Identifiers), (reason, erasure.Removed.Facts, erasure.Removed.Identifiers));
        // History may still cite an old fact by id (its identifiers, if any remain, still merged); nothing else may.
        var leftovers = StoreSearch.Mentions(s.Path, dropped)
            .Concat(StoreSearch.Mentions(s.Path, old.Select(r => r.Id)).Where(hit => !hit.StartsWith("identity_events.fact_id", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(leftovers);

        using var fresh = new StitchingStore(retentionDays: days);
        data.ImportInto(fresh, r => r.At >= cutoff);
        StoreSnapshot.Equal(StoreSnapshot.Of(fresh, AsOf), StoreSnapshot.Of(s, AsOf));
        Assert.Equal(RemovalCounts.None, s.Store.ApplyRetention(s.Journey, Now));
        Assert.Single(s.Store.ListErasures());
    }

    [Fact]
    public void CustomersJoinedOnlyThroughOldFactsAreSplitAgainAndCasesGoByWhenTheyOpened()
    {
        using var s = new StitchingStore(retentionDays: 30);
        s.Import(FactKind.Interaction, """
            id,touchpoint,timestamp,customer_id,email,phone
            i1,web,2025-01-01,C1,ann@example.com,07911 123456
            i2,web,2025-03-10,,ann@example.com,
            i3,web,2025-03-11,,,07911 123456

            """);
        s.Import(FactKind.Case, """
            id,touchpoint,opened,resolved,email
            k1,store,2025-02-01,2025-03-15,ann@example.com
            k2,store,2025-03-01,2025-03-02,ann@example.com

            """);
        Assert.Equal(["C1"], s.CustomerOfFacts().Values.Distinct());

        var removed = s.Store.ApplyRetention(s.Journey, new DateTime(2025, 3, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal((1L, 1L, 1L), (removed.Interactions, removed.Cases, removed.Identifiers));
        Assert.Equal(
            new SortedDictionary<string, string?>(StringComparer.Ordinal)
            {
                ["cases/k2"] = "email:ann@example.com",
                ["interactions/i2"] = "email:ann@example.com",
                ["interactions/i3"] = "phone:+447911123456",
            },
            s.CustomerOfFacts());
        Assert.Null(s.Store.FindCustomer(s.Journey, Identifier.Parse("customer_id:C1")));
        Assert.Contains(s.Store.GetCustomerIdentity(s.Journey, "email:ann@example.com")!.History, e => e.Event == "split");
    }

    [Fact]
    public void FactKnownOnlyByTwoSharedIdentifiersMovesToTheOneThatIsNoLongerShared()
    {
        const string Facts = """
            id,touchpoint,timestamp,customer_id,email,device,nps
            r1,web,2025-03-01,C1,family@example.com,tablet,9
            r2,web,2025-01-01,C2,family@example.com,tablet,8
            r3,web,2025-03-02,,family@example.com,tablet,3
            r4,web,2025-03-03,C3,family@example.com,,4

            """;
        using var s = new StitchingStore("max_customer_ids: 1", retentionDays: 30);
        s.Import(FactKind.Response, Facts);
        Assert.Equal("email:family@example.com", s.CustomerOfResponses()["r3"]);

        s.Store.ApplyRetention(s.Journey, new DateTime(2025, 3, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["C1", "C1", "C3"], s.CustomerOfResponses().Values);
        using var fresh = new StitchingStore("max_customer_ids: 1");
        fresh.Import(FactKind.Response, string.Join("\n", Facts.Split('\n').Where(line => !line.StartsWith("r2", StringComparison.Ordinal))));
        Assert.Equal(fresh.CustomerOfResponses(), s.CustomerOfResponses());
    }

    [Fact]
    public void JourneyWithoutRetentionKeepsEverything()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Interaction, "id,touchpoint,timestamp,email\ni1,web,2000-01-01,ann@example.com\n");

        Assert.Equal(RemovalCounts.None, s.Store.ApplyRetention(s.Journey, DateTime.UtcNow));
        Assert.Single(s.Query("SELECT * FROM interactions"));
        Assert.Empty(s.Store.ListErasures());
    }

    private static List<string> Identifiers(StitchingStore s) =>
        s.Query("SELECT value FROM identities").Select(r => (string)r["value"]!).ToList();

    private static long Count(List<MetricRow> rows, FactKind kind) => rows.Count(r => r.Kind == kind);
}
