using System.Net;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The customer search, a customer's timeline page and the first / last / peak section over the demo store.</summary>
public sealed class CustomerPagesTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Customers = "/journeys/product-launch/customers";

    private CustomerTimeline RichCustomer()
    {
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var id = server.Store.GetCustomerScores(journey, FactFilter.All).First(c => c.Scores.Count >= 2 && c.Nps is not null).CustomerId;
        return TimelineBuilder.Build(journey, id, server.Store.GetCustomerFacts(journey.Id, id));
    }

    [Fact]
    public async Task TheSearchFormLeadsToTheCustomersPage()
    {
        using var client = await server.SignedInClientAsync();
        var map = await client.GetAsync("/journeys/product-launch");

        var found = await client.GetAsync(Customers + "?customer=%20c-000042%20");

        Assert.Contains($"href=\"{Customers}\"", map.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, found.Status);
        Assert.Equal(Customers + "/c-000042", found.Location);
    }

    [Fact]
    public async Task ATimelineShowsEveryEventInOrderWithTheRunningExperience()
    {
        var timeline = RichCustomer();
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync($"{Customers}/{timeline.CustomerId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("aria-current=\"page\">Customers</a>", page.Html, StringComparison.Ordinal);
        var events = System.Text.RegularExpressions.Regex.Matches(page.Html, "data-event=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(timeline.Events.Select(e => e.Fact.Id), events);
        var points = DashboardHtml.Chart(page.Html, "experience-data").EnumerateArray().ToList();
        Assert.Equal(timeline.Experience.Select(p => p.Running), points.Select(p => p.GetProperty("running").GetDouble()));
        Assert.Contains("data-chart=\"running-experience\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(timeline.Events.Count(e => e.Fact is ResponseFact r && (r.Score is not null || r.TouchpointId is null)),
            System.Text.RegularExpressions.Regex.Matches(page.Html, "class=\"light light-[a-z]+ score-badge\"").Count);
        Assert.Contains("/assets/customers/customers.js", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCustomerGetsANotFoundPageWithTheSearchForm()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync(Customers + "/nobody-at-all");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("has no customer 'nobody-at-all'", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
        Assert.Contains("name=\"customer\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCustomersPageWeighsFirstAndLastContactsAsTheApiDoes()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var report = MomentsAnalysis.Analyze(journey, server.Store.GetCustomerScores(journey, FactFilter.All), MomentsOutcome.Return);

        var page = await client.GetAsync(Customers + "?outcome=return");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"data-moments-n=\"{report.N}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"return\"", page.Html, StringComparison.Ordinal);
        var text = DashboardHtml.Text(page.Html);
        Assert.All(report.Statements, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(page.Html, "data-predictor=").Count);
    }

    [Fact]
    public async Task PagesRedirectToSignInWithoutTheCookie()
    {
        using var client = server.NewClient();

        var page = await client.GetAsync(Customers + "/c-000001");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/signin?ReturnUrl=", new Uri(page.Location!).PathAndQuery, StringComparison.Ordinal);
    }
}
