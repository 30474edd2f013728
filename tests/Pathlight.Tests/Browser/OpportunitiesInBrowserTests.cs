using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>The opportunities page in headless Chromium: the priority chart is drawn and the CSV link downloads the export.</summary>
public sealed class OpportunitiesInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ThePriorityChartIsDrawnAndTheCsvDownloads()
    {
        await using var analyst = await fixture.NewContextAsync();
        var page = await analyst.NewPageAsync();
        var errors = new PageErrors(page);
        await fixture.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Opportunities", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(fixture.Server.Address, "/journeys/product-launch/opportunities").AbsoluteUri);
        var chart = page.Locator("[data-chart='opportunity-priority']");
        await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        await Expect(chart.Locator("svg text", new() { HasTextString = "Out of stock" })).ToHaveCountAsync(1);
        await Expect(page.Locator("li.opportunity").First).ToHaveAttributeAsync("data-touchpoint", "out-of-stock");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());

        Assert.Equal("product-launch-opportunities.csv", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("rank,touchpoint,name,", text, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PATHLIGHT_SCREENSHOTS") is { } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "opportunities.png"), FullPage = true });
        }

        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
