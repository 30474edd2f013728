using System.Net;
using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The key-driver page over the demo store: the quadrant's data, the table and the outcome switch.</summary>
public sealed class DriversPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task TheQuadrantChartHasAPointPerDriverWithTheCuts()
    {
        using var client = await server.SignedInClientAsync();
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        var report = server.Store.GetDrivers(journey, FactFilter.All, DriverOutcome.Recommend);

        var page = await client.GetAsync("/journeys/product-launch/drivers");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var chart = DashboardHtml.Chart(page.Html, "drivers-data");
        var points = chart.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(report.Drivers.Select(d => d.TouchpointId), points.Select(p => p.GetProperty("touchpoint").GetString()));
        Assert.Equal(report.Drivers.Select(d => DriverText.Name(d.Quadrant)), points.Select(p => p.GetProperty("quadrant").GetString()));
        Assert.Equal(100.0 / report.Drivers.Count, chart.GetProperty("importance_cut").GetDouble(), 9);
        Assert.Equal(report.PerformanceCut!.Value, chart.GetProperty("performance_cut").GetDouble(), 12);
        Assert.Contains("data-chart=\"drivers-quadrant\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("/assets/drivers/drivers.js", page.Html, StringComparison.Ordinal);
        foreach (var driver in report.Drivers)
        {
            Assert.Contains($"data-touchpoint=\"{driver.TouchpointId}\" data-quadrant=\"{DriverText.Name(driver.Quadrant)}\"", page.Html,
                StringComparison.Ordinal);
        }

        Assert.Contains("Mean imputation with an indicator", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOutcomeIsPartOfThePathAndSurvivesTheFilterForm()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/product-launch/drivers/churn?where=region%3Dnorth");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("action=\"/journeys/product-launch/drivers/churn\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" data-outcome=\"churn\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/journeys/product-launch/drivers/nps?where=region%3Dnorth\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Churned (1) or not (0)", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNavigationLinksToTheDriversPage()
    {
        using var client = await server.SignedInClientAsync();

        var map = await client.GetAsync("/journeys/product-launch");
        var drivers = await client.GetAsync("/journeys/product-launch/drivers");

        Assert.Contains("href=\"/journeys/product-launch/drivers\"", map.Html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Key drivers", drivers.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/journeys/product-launch/drivers/happiness")]
    [InlineData("/journeys/nope/drivers")]
    public async Task AnUnknownOutcomeOrJourneyIsNotFound(string path)
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToSignIn()
    {
        using var client = server.NewClient();

        var page = await client.GetAsync("/journeys/product-launch/drivers");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/signin", new Uri(new Uri("http://x"), page.Location).PathAndQuery, StringComparison.Ordinal);
    }
}
