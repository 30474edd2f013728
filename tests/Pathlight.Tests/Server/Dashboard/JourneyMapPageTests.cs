using System.Net;
using Pathlight.Facts;
using Pathlight.Metrics;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The journey map over the demo store: the demo's lights, the counts, the filters and the chart data.</summary>
public sealed class JourneyMapPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly string[] JourneyOrder =
        ["product-news", "store-enquiry", "call-centre-enquiry", "launch-marketing", "launch-purchase", "out-of-stock", "support-contact"];

    [Fact]
    public async Task TheMapShowsEveryTouchpointWithTheDemosLights()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cards = DashboardHtml.Cards(page.Html);
        Assert.Equal(JourneyOrder, cards.Select(c => c.Id));
        Assert.All(cards, c => Assert.True(c.N >= 30, $"{c.Id}: n = {c.N}"));
        Assert.Equal(("red", false), Light(cards, "store-enquiry"));
        Assert.Equal(("red", false), Light(cards, "out-of-stock"));
        Assert.Equal(("green", true), Light(cards, "launch-marketing"));
        Assert.Equal(("green", false), Light(cards, "launch-purchase"));
        Assert.True(cards.Single(c => c.Id == "out-of-stock").Unintentional);
        Assert.False(cards.Single(c => c.Id == "launch-purchase").Unintentional);
        var text = DashboardHtml.Text(page.Html);
        Assert.Contains("RED", text, StringComparison.Ordinal);
        Assert.Contains("WOW", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardsCountTheStoresResponses()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var statistics = server.Store.GetStatistics(journey, FactFilter.All);

        var cards = DashboardHtml.Cards((await client.GetAsync("/journeys/product-launch")).Html);

        Assert.All(cards, c => Assert.Equal(statistics.ResponsesOf(c.Id).Responses, c.N));
    }

    [Fact]
    public async Task TheSegmentAndDateFiltersChangeTheCounts()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var all = DashboardHtml.Card((await client.GetAsync("/journeys/product-launch")).Html, "store-enquiry").N;

        var north = await client.GetAsync("/journeys/product-launch?from=&to=&where=region%3Dnorth&where=");
        var march = await client.GetAsync("/journeys/product-launch?from=2026-03-01&to=2026-03-31");

        var northN = DashboardHtml.Card(north.Html, "store-enquiry").N;
        Assert.InRange(northN, 1, all - 1);
        Assert.Equal(server.Store.GetStatistics(journey, FactFilter.Parse(null, null, ["region=north"])).ResponsesOf("store-enquiry").Responses, northN);
        Assert.Contains("<option value=\"region=north\" selected>north</option>", north.Html, StringComparison.Ordinal);
        var marchCards = DashboardHtml.Cards(march.Html);
        var expected = server.Store.GetStatistics(journey, FactFilter.Parse("2026-03-01", "2026-03-31", null));
        Assert.All(marchCards, c => Assert.Equal(expected.ResponsesOf(c.Id).Responses, c.N));
        Assert.True(marchCards.Sum(c => c.N) < DashboardHtml.Cards((await client.GetAsync("/")).Html).Sum(c => c.N));
        Assert.Contains("value=\"2026-03-01\"", march.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableDateSaysSoAndShowsEverything()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/product-launch?from=yesterday");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("'yesterday' is not a date", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
        Assert.Equal(7, DashboardHtml.Cards(page.Html).Count);
    }

    [Fact]
    public async Task TheEmotionCurveDataFollowsTheJourney()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var statistics = server.Store.GetStatistics(journey, FactFilter.All);

        var page = await client.GetAsync("/journeys/product-launch");

        var points = DashboardHtml.Chart(page.Html, "emotion-data").EnumerateArray().ToList();
        Assert.Equal(JourneyOrder, points.Select(p => p.GetProperty("id").GetString()));
        foreach (var point in points)
        {
            var responses = statistics.ResponsesOf(point.GetProperty("id").GetString()!);
            var score = point.GetProperty("score");
            Assert.Equal(responses.Score.Mean!.Value, score.GetProperty("value").GetDouble(), 12);
            Assert.Equal(responses.Score.N, score.GetProperty("n").GetInt64());
            Assert.True(score.GetProperty("low").GetDouble() < score.GetProperty("value").GetDouble());

            // The demo asks every touchpoint's customers what they expected, so the line is their stated expectation.
            Assert.Equal(responses.Expectation.Mean!.Value, point.GetProperty("stated").GetProperty("value").GetDouble(), 12);
        }
    }

    [Fact]
    public async Task TheThreeQuestionsDataCarriesTheTarget()
    {
        using var client = await server.SignedInClientAsync();

        var data = DashboardHtml.Chart((await client.GetAsync("/")).Html, "questions-data");

        Assert.Equal(ThreeQuestions.TargetPercent, data.GetProperty("target").GetDouble());
        var rows = data.GetProperty("touchpoints").EnumerateArray().ToList();
        Assert.Equal(JourneyOrder, rows.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("questions").GetProperty("met").GetProperty("value").GetDouble(), 0, 100));
    }

    [Fact]
    public async Task AnUnknownJourneyIsANotFoundPage()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/no-such-journey");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("There is no journey 'no-such-journey'", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    private static (string Light, bool Wow) Light(List<MapCard> cards, string id)
    {
        var card = cards.Single(c => c.Id == id);
        return (card.Light, card.Wow);
    }
}
