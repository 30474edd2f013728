using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Tests.Scorecards;

// Stage "see" holds "ad" (expectation answers, gap +1 each) and "shop" (no expectation answers, score 6 against an
// expected 8, gap −2 each); stage "help" holds "call", which has no responses and no expected score.
internal static class ScorecardFixture
{
    public static readonly DateTime From = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime To = new(2025, 4, 1, 12, 30, 0, DateTimeKind.Utc);

    public static Journey Journey { get; } = new(
        "launch",
        "Launch, \"quoted\"",
        null,
        [new Stage("help", "Get help", 1), new Stage("see", "See it", 0)],
        [
            new Touchpoint("ad", "Ad, online", "see", "web", "Marketing", true, null, 7,
                new KpiDefinition("Click-through", KpiKind.Rate, KpiMeasure.Success, 80, true), 0),
            new Touchpoint("shop", "Shop", "see", "store", null, true, null, 8, null, 1),
            new Touchpoint("call", "Call", "help", "phone", "Service", false, null, null,
                new KpiDefinition("Handle time", KpiKind.Median, KpiMeasure.DurationSeconds, 240, false), 2),
        ],
        JourneyOptions.Default,
        "");

    public static JourneyStatistics Statistics()
    {
        var statistics = new JourneyStatistics();
        var ad = new ResponseStatistics();
        var shop = new ResponseStatistics();
        for (var i = 0; i < 30; i++)
        {
            ad.Add(Response("ad", nps: 9, expectation: 7, reality: 8, met: true));
            shop.Add(Response("shop", nps: 6, expectation: null, reality: null, met: i < 27));
        }

        statistics.Responses["ad"] = ad;
        statistics.Responses["shop"] = shop;
        statistics.Relationship.Add(Response(null, nps: 10, expectation: null, reality: null, met: null));
        statistics.Relationship.Add(Response(null, nps: 0, expectation: null, reality: null, met: null));
        statistics.Interactions["ad"] = new InteractionStatistics { Count = 30, Success = new YesNo(24, 6) };
        return statistics;
    }

    private static ResponseFact Response(string? touchpoint, int? nps, int? expectation, int? reality, bool? met) =>
        new(Guid.NewGuid().ToString(), touchpoint, From, null, nps, null, null, expectation, reality, met, null, null, null,
            new Dictionary<string, string>());
}
