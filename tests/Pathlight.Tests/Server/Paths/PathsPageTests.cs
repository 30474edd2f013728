using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Pathlight.Facts;
using Pathlight.Paths;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Server.Dashboard;

namespace Pathlight.Tests.Server.Paths;

/// <summary>The paths page over the demo store: the shares table, the Sankey data and the navigation.</summary>
public sealed partial class PathsPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Page = "/journeys/product-launch/paths";

    [Fact]
    public async Task TheSharesTableShowsEachClassOfTheReport()
    {
        using var client = await server.SignedInClientAsync();
        var report = server.Store.GetPaths(server.Store.GetJourney(DashboardServer.JourneyId), FactFilter.All);

        var page = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"data-customers=\"{report.Customers}\"", page.Html, StringComparison.Ordinal);
        foreach (var share in report.Classes)
        {
            Assert.Contains($"data-class=\"{PathText.Of(share.Class)}\" data-count=\"{share.Customers}\"", page.Html, StringComparison.Ordinal);
        }

        var support = report.Classes.Single(c => c.Class == PathClass.SupportDetour).Share!;
        Assert.Contains($"{support.Value.ToString("F1", CultureInfo.InvariantCulture)}% (95% CI "
            + $"{support.Low!.Value.ToString("F1", CultureInfo.InvariantCulture)} to {support.High!.Value.ToString("F1", CultureInfo.InvariantCulture)}%, "
            + $"n = {report.Customers.ToString("N0", CultureInfo.InvariantCulture)})", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
        Assert.Equal(report.TopPaths.Count, DataPath().Matches(page.Html).Count);
        Assert.Contains("aria-current=\"page\">Paths</a>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSankeyIsAcyclicAndCarriesEveryCustomer()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync(Page);

        var chart = DashboardHtml.Chart(page.Html, "paths-flow-data");
        var depth = chart.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("depth").GetInt32());
        var links = chart.GetProperty("links").EnumerateArray()
            .Select(l => (Source: l.GetProperty("source").GetString()!, Target: l.GetProperty("target").GetString()!, Value: l.GetProperty("value").GetInt64()))
            .ToList();
        Assert.NotEmpty(links);
        // Every link goes one column or more to the right, so the graph cannot have a cycle.
        Assert.All(links, l => Assert.True(depth[l.Source] < depth[l.Target], $"{l.Source} → {l.Target}"));
        var customers = long.Parse(CustomersPattern().Match(page.Html).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(customers, links.Where(l => l.Source == PathNodes.Start).Sum(l => l.Value));
        Assert.Equal(customers, links.Where(l => l.Target is PathNodes.End or PathNodes.More).Sum(l => l.Value));
        Assert.Contains(chart.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "support");
        Assert.Contains("src=\"/assets/paths/sankey.js\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilterNarrowsThePathsAndAFilterThatMatchesNothingSaysSo()
    {
        using var client = await server.SignedInClientAsync();

        var north = await client.GetAsync(Page + "?where=region%3Dnorth");
        var nothing = await client.GetAsync(Page + "?where=region%3Datlantis");

        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var expected = server.Store.GetPaths(journey, new FactFilter(null, null, [new("region", "north")])).Customers;
        Assert.Contains($"data-customers=\"{expected}\"", north.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nothing.Status);
        Assert.Contains("No interactions with a customer id match these filters", DashboardHtml.Text(nothing.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageNeedsASignInAndAJourneyThatExists()
    {
        using var anonymous = server.NewClient();
        using var client = await server.SignedInClientAsync();

        var redirected = await anonymous.GetAsync(Page);
        var missing = await client.GetAsync("/journeys/no-such-journey/paths");

        Assert.Equal(HttpStatusCode.Redirect, redirected.Status);
        Assert.Equal("/signin?ReturnUrl=" + Uri.EscapeDataString(Page), new Uri(redirected.Location!).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task TheOtherPagesLinkToThePathsPageKeepingTheFilter()
    {
        using var client = await server.SignedInClientAsync();

        var map = await client.GetAsync("/journeys/product-launch?where=region%3Dnorth");

        Assert.Contains("href=\"/journeys/product-launch/paths?where=region%3Dnorth\"", map.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-path=\"")]
    private static partial Regex DataPath();

    [GeneratedRegex("data-customers=\"([0-9]+)\"")]
    private static partial Regex CustomersPattern();
}
