using System.Net;
using System.Text.RegularExpressions;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The support view over the demo store: its table and chart data are the report the CLI and API give.</summary>
public sealed class SupportPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Path = "/journeys/product-launch/support";

    [Fact]
    public async Task ThePageRedirectsToSignInWithoutTheCookie()
    {
        using var client = server.NewClient();

        var page = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/signin?ReturnUrl=" + Uri.EscapeDataString(Path), new Uri(page.Location!).PathAndQuery);
    }

    [Fact]
    public async Task TheTableShowsEachCausingTouchpointsCasesWithIntervals()
    {
        using var client = await server.SignedInClientAsync();
        var report = Report(FactFilter.All);

        var page = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("aria-current=\"page\">Support</a>", page.Html, StringComparison.Ordinal);
        var table = Table(page.Html, "support");
        var rows = Regex.Matches(table, "<tr data-touchpoint=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(report.Touchpoints.Where(r => r.Cases > 0).Select(r => r.TouchpointId), rows);
        Assert.Single(Regex.Matches(table, "<tr data-overall=\"true\""));
        var stockOut = report.Find("out-of-stock")!;
        Assert.Contains($"data-cases=\"{stockOut.Cases}\"", page.Html, StringComparison.Ordinal);
        var text = DashboardHtml.Text(page.Html);
        Assert.Contains($"{Format(stockOut.CasesPerThousand!)} (95% CI {Format(stockOut.CasesPerThousand!.Low!.Value)} to " +
            $"{Format(stockOut.CasesPerThousand.High!.Value)}, n = {stockOut.Interactions:N0})", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChurnChartHoldsTheReportsRatesWithAndWithoutACase()
    {
        using var client = await server.SignedInClientAsync();
        var report = Report(FactFilter.All);

        var page = await client.GetAsync(Path);

        var rows = DashboardHtml.Chart(page.Html, "support-churn-data").GetProperty("rows").EnumerateArray().ToList();
        var stockOut = report.Find("out-of-stock")!;
        var row = rows.Single(r => r.GetProperty("name").GetString() == stockOut.Name);
        Assert.Equal(stockOut.Churn.WithCase!.Value, row.GetProperty("with").GetProperty("value").GetDouble(), 9);
        Assert.Equal(stockOut.Churn.Without!.Low!.Value, row.GetProperty("without").GetProperty("low").GetDouble(), 9);
        Assert.Equal(stockOut.Churn.Without.N, row.GetProperty("without").GetProperty("n").GetInt64());
        Assert.Equal(report.Overall.Name, rows[^1].GetProperty("name").GetString());
        Assert.Equal(2, Regex.Matches(page.Html, "data-chart=\"support-compare\"").Count);
        Assert.Contains("<script src=\"/assets/support/support.js\" defer></script>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilterNarrowsTheCases()
    {
        using var client = await server.SignedInClientAsync();
        var filter = FactFilter.Parse(null, null, ["region=north"]);

        var page = await client.GetAsync(Path + "?where=region%3Dnorth");

        var cases = Report(filter).Overall.Cases;
        Assert.True(cases < Report(FactFilter.All).Overall.Cases);
        Assert.Contains($"data-cases=\"{cases}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("where=region%3Dnorth", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownJourneyIsNotFound()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync("/journeys/nope/support");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("There is no journey 'nope'", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSupportScriptIsServed()
    {
        using var client = server.NewClient();

        var script = await client.GetAsync("/assets/support/support.js");

        Assert.Equal(HttpStatusCode.OK, script.Status);
        Assert.Contains("support-compare", script.Html, StringComparison.Ordinal);
    }

    private SupportReport Report(FactFilter filter)
    {
        var journey = server.Store.GetJourney(DashboardServer.JourneyId);
        return SupportReportBuilder.Build(journey, server.Store.GetSupport(journey, filter), filter.From, filter.To);
    }

    private static string Table(string html, string name) =>
        Regex.Match(html, $"<table data-table=\"{name}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;

    private static string Format(Pathlight.Statistics.Measure measure) => Format(measure.Value);

    private static string Format(double value) => value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
