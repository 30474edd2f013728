using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Tests.Identity;

public sealed class StitchedTimelineTests
{
    [Fact]
    public void TimelineHoldsExactlyTheFactsTheViewsFileUnderTheCustomerWhicheverIdentifierFindsThem()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Interaction, """
            id,touchpoint,timestamp,customer_id,email,phone,device,loyalty
            i1,web,2025-01-01T09:00:00Z,,Ann@Example.com,,,
            i2,web,2025-01-02T09:00:00Z,,ann@example.com ,07911 123456,,
            i3,web,2025-01-02T10:00:00Z,C2,bob@example.com,,,
            i4,web,2025-01-02T11:00:00Z,,,,lonely-device,

            """);
        s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,phone,device,nps
            r1,store,2025-01-03T09:00:00Z,,+44 7911 123456,tab-7,8
            r2,web,2025-01-03T10:00:00Z,C2,,,3

            """);
        s.Import(FactKind.Case, """
            id,touchpoint,opened,resolved,customer_id,device,loyalty
            k1,store,2025-01-04T09:00:00Z,2025-01-04T12:00:00Z,,tab-7,L-99
            k2,call,2025-01-04T10:00:00Z,,C2,,

            """);
        // The customer_id arrives last, so the facts filed earlier are regrouped under the new key.
        s.Import(FactKind.Outcome, """
            id,kind,timestamp,customer_id,loyalty,value
            o1,repeat_purchase,2025-01-05T09:00:00Z,C1,L-99,40
            o2,churned,2025-01-05T10:00:00Z,C2,,

            """);

        var byView = s.CustomerOfFacts();
        Assert.Equal(["C1", "C2", "device:lonely-device"], byView.Values.Distinct().Order(StringComparer.Ordinal));
        foreach (var (key, identifiers) in new[]
        {
            ("C1", new[] { "customer_id:C1", "email:ANN@example.com", "phone:07911123456", "device:tab-7", "loyalty:L-99" }),
            ("C2", ["customer_id:C2", "email:bob@example.com"]),
            ("device:lonely-device", ["device:lonely-device"]),
        })
        {
            var expected = byView.Where(f => f.Value == key).Select(f => f.Key).ToList();
            Assert.Equal(expected, s.Store.GetCustomerFacts(s.Journey.Id, key).Select(Name).Order(StringComparer.Ordinal));
            foreach (var identifier in identifiers)
            {
                var timeline = s.Store.GetCustomerTimeline(s.Journey, Identifier.Parse(identifier));
                Assert.Equal(key, timeline.CustomerId);
                Assert.Equal(expected, timeline.Events.Select(e => Name(e.Fact)).Distinct().Order(StringComparer.Ordinal));
                Assert.All(timeline.Events, e => Assert.Equal(key, e.Fact.CustomerId));
            }
        }

        var ann = s.Store.GetCustomerTimeline(s.Journey, Identifier.Parse("loyalty:L-99"));
        Assert.Equal(6, ann.Events.Count);
        Assert.Equal([TimelineEventKind.CaseOpened, TimelineEventKind.CaseResolved],
            ann.Events.Where(e => e.Fact.Id == "k1").Select(e => e.Kind));
        Assert.Equal(40, Assert.IsType<OutcomeFact>(ann.Events[^1].Fact).Value);
        Assert.Equal(8, Assert.IsType<ResponseFact>(ann.Events.Single(e => e.Fact.Id == "r1").Fact).Nps);
        Assert.Equal(5, ann.Identity!.Identifiers.Count);
    }

    private static string Name(Fact fact) => FactKinds.NameOf(fact.Kind) + "/" + fact.Id;
}
