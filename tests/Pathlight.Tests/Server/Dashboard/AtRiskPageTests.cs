using System.Net;
using System.Text.RegularExpressions;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The at-risk follow-up list over the demo store.</summary>
public sealed partial class AtRiskPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task PageListsEveryCustomerAtRiskLinkedToTheirTimeline()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var expected = server.Store.GetAtRisk(journey, server.Store.AtRiskWindowFor(journey, 30, null, DateTime.UtcNow));

        var page = await client.GetAsync("/journeys/product-launch/at-risk");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"data-count=\"{expected.Customers.Count}\"", page.Html, StringComparison.Ordinal);
        var rows = Row().Matches(page.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(expected.Customers.Take(500).Select(c => c.CustomerId), rows);
        var top = expected.Customers[0];
        Assert.Contains($"href=\"/journeys/product-launch/customers/{top.CustomerId}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains($"data-fact=\"{top.Reasons[0].FactId}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("(the latest contact in the data)", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NavigationLeadsToTheList()
    {
        using var client = await server.SignedInClientAsync();

        var map = await client.GetAsync("/journeys/product-launch");
        var list = await client.GetAsync("/journeys/product-launch/at-risk");

        Assert.Contains("href=\"/journeys/product-launch/at-risk\"", map.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/journeys/product-launch/at-risk\" aria-current=\"page\"", list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadWindowShowsWhyAndTheDefaultList()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/product-launch/at-risk?days=lots");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("role=\"alert\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("&#x27;lots&#x27; is not a whole number", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownJourneyIsNotFoundAndSignedOutVisitorsAreSentToSignIn()
    {
        using var client = await server.SignedInClientAsync();
        using var anonymous = server.NewClient();

        var missing = await client.GetAsync("/journeys/nope/at-risk");
        var signedOut = await anonymous.GetAsync("/journeys/product-launch/at-risk");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal("/signin?ReturnUrl=" + Uri.EscapeDataString("/journeys/product-launch/at-risk"), new Uri(signedOut.Location!).PathAndQuery);
    }

    [GeneratedRegex("<tr data-customer=\"([^\"]+)\"")]
    private static partial Regex Row();
}
