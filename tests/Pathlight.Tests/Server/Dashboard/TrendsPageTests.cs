using System.Globalization;
using System.Net;
using Pathlight.Facts;
using Pathlight.Metrics;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The trends page over the demo store: periods, counts per period and chart data.</summary>
public sealed class TrendsPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task TheDemosTwoMonthsAreShownByWeek()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/product-launch/trends");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-period=\"week\"", page.Html, StringComparison.Ordinal);
        var points = DashboardHtml.Chart(page.Html, "trend-journey-data").GetProperty("points").EnumerateArray().ToList();
        var starts = points.Select(p => p.GetProperty("start").GetDateTime()).ToList();
        Assert.True(starts.Count >= 4, $"{starts.Count} weeks");
        Assert.All(starts, s => Assert.Equal(DayOfWeek.Monday, s.DayOfWeek));
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.Equal(7, (pair.Second - pair.First).TotalDays));
    }

    [Fact]
    public async Task PeriodCountsAddUpToTheMapsCounts()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var statistics = server.Store.GetStatistics(journey, FactFilter.All);

        var page = await client.GetAsync("/journeys/product-launch/trends?period=month");

        Assert.Contains("data-period=\"month\"", page.Html, StringComparison.Ordinal);
        foreach (var touchpoint in journey.Touchpoints)
        {
            var points = DashboardHtml.Chart(page.Html, $"trend-{touchpoint.Id}-data").GetProperty("points").EnumerateArray();
            Assert.Equal(statistics.ResponsesOf(touchpoint.Id).Responses, points.Sum(p => p.GetProperty("responses").GetInt64()));
        }

        var relationship = DashboardHtml.Chart(page.Html, "trend-relationship-data").GetProperty("points").EnumerateArray();
        Assert.Equal(statistics.Relationship.Responses, relationship.Sum(p => p.GetProperty("responses").GetInt64()));
    }

    [Fact]
    public async Task AWeeksGapIsTheGapOfThatWeeksResponses()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);

        var page = await client.GetAsync("/journeys/product-launch/trends?period=week&where=region%3Dnorth");

        var busiest = DashboardHtml.Chart(page.Html, "trend-store-enquiry-data").GetProperty("points").EnumerateArray()
            .MaxBy(p => p.GetProperty("responses").GetInt64());
        var start = busiest.GetProperty("start").GetDateTime().ToUniversalTime();
        var week = server.Store.GetStatistics(journey, new FactFilter(start, start.AddDays(7), [new("region", "north")]))
            .ResponsesOf("store-enquiry");
        Assert.Equal(week.Responses, busiest.GetProperty("responses").GetInt64());
        Assert.Equal(week.Gap.Mean!.Value, busiest.GetProperty("gap").GetProperty("value").GetDouble(), 12);
        Assert.Equal(PerceptionMetrics.Nps(week.Nps)!.Value, busiest.GetProperty("nps").GetProperty("value").GetDouble(), 12);
        Assert.Contains(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysThereIsNoTrend()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/product-launch/trends?where=region%3Datlantis");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No survey responses match these filters", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }
}
