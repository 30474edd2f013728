using Microsoft.Playwright;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>The customer search and a timeline page in headless Chromium, over the demo store.</summary>
public sealed class CustomerTimelineInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAnalystFindsACustomerAndSeesTheirTimelineAndExperienceChart()
    {
        var journey = fixture.Server.Store.GetJourney(null);
        var customer = fixture.Server.Store.GetCustomerScores(journey, FactFilter.All)
            .First(c => c.Scores.Count >= 3 && c.Nps is not null).CustomerId;
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await fixture.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Customers", Exact = true }).ClickAsync();
        await page.Locator("#customer").FillAsync(customer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show timeline" }).ClickAsync();

        await Expect(page.Locator("[data-customer]")).ToHaveTextAsync(customer);
        var chart = page.Locator("[data-chart='running-experience']");
        await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        await Expect(page.Locator("ol.timeline > li").First).ToBeVisibleAsync();
        if (Environment.GetEnvironmentVariable("PATHLIGHT_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "customer.png"), FullPage = true });
        }

        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
