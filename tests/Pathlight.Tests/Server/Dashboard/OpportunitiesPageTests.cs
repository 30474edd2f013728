using System.Net;
using Pathlight.Facts;
using Pathlight.Opportunities;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Opportunities;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The opportunities page and its CSV download over the demo store, through the real server.</summary>
public sealed class OpportunitiesPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Path = "/journeys/product-launch/opportunities";

    [Fact]
    public async Task ThePageRanksTheOpportunitiesWithTheirStatementsAndThePriorityChart()
    {
        using var client = await server.SignedInClientAsync();
        var report = Expected(FactFilter.All);

        var page = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var bars = DashboardHtml.Chart(page.Html, "opportunities-data").GetProperty("bars").EnumerateArray().ToList();
        Assert.Equal(report.Opportunities.Select(o => o.TouchpointId), bars.Select(b => b.GetProperty("touchpoint").GetString()));
        Assert.Equal(100 * report.Opportunities[0].LoyaltyTerm, bars[0].GetProperty("loyalty").GetDouble(), 12);
        Assert.Equal(100 * report.Opportunities[0].SupportTerm, bars[0].GetProperty("support").GetDouble(), 12);
        Assert.Contains("data-chart=\"opportunity-priority\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("/assets/opportunities/opportunities.js", page.Html, StringComparison.Ordinal);
        var text = DashboardHtml.Text(page.Html);
        foreach (var o in report.Opportunities)
        {
            Assert.Contains($"data-touchpoint=\"{o.TouchpointId}\" data-rank=\"{o.Rank}\"", page.Html, StringComparison.Ordinal);
            Assert.Contains(o.Statement, text, StringComparison.Ordinal);
        }

        Assert.Contains("aria-current=\"page\">Opportunities", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDownloadLinkServesTheApisCsvUnderTheDashboardCookie()
    {
        using var client = await server.SignedInClientAsync();
        var page = await client.GetAsync(Path + "?where=region%3Dnorth");
        Assert.Contains("href=\"/journeys/product-launch/opportunities.csv?where=region%3Dnorth\"", page.Html, StringComparison.Ordinal);

        var csv = await client.GetAsync("/journeys/product-launch/opportunities.csv?where=region%3Dnorth");

        Assert.Equal(HttpStatusCode.OK, csv.Status);
        using var expected = new StringWriter();
        OpportunityCsv.Write(Expected(FactFilter.Parse(null, null, ["region=north"])), expected);
        Assert.Equal(expected.ToString(), csv.Html);
        Assert.Equal(OpportunityCsv.Columns, OpportunityCsvTests.Parse(csv.Html)[0]);
    }

    [Theory]
    [InlineData(Path)]
    [InlineData(Path + ".csv")]
    public async Task SignedOutVisitorsAreSentToSignIn(string path)
    {
        using var client = server.NewClient();

        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/signin", new Uri(new Uri("http://x"), page.Location).PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/journeys/nope/opportunities")]
    [InlineData("/journeys/nope/opportunities.csv")]
    public async Task AnUnknownJourneyIsNotFound(string path)
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private OpportunityReport Expected(FactFilter filter) =>
        server.Store.GetOpportunities(server.Store.GetJourney(DashboardServer.JourneyId), filter);
}
