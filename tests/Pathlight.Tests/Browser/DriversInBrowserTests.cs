using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>The key-driver page in headless Chromium: the quadrant is drawn and the outcome switch keeps the filters.</summary>
public sealed class DriversInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheQuadrantIsDrawnWithAPointPerDriverAndTheOutcomeCanBeSwitched()
    {
        await using var analyst = await fixture.NewContextAsync();
        var page = await analyst.NewPageAsync();
        var errors = new PageErrors(page);
        await fixture.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Key drivers", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(fixture.Server.Address, "/journeys/product-launch/drivers").AbsoluteUri);
        var chart = page.Locator("[data-chart='drivers-quadrant']");
        await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        await Expect(chart.Locator("svg text", new() { HasTextString = "Out of stock" })).ToHaveCountAsync(1);
        await Expect(page.Locator("table.drivers tbody tr")).ToHaveCountAsync(7);

        await page.Locator("#segment-region").SelectOptionAsync("region=north");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Churn", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(fixture.Server.Address, "/journeys/product-launch/drivers/churn?where=region%3Dnorth").AbsoluteUri);
        await Expect(page.Locator("[data-outcome='churn']")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#segment-region")).ToHaveValueAsync("region=north");
        await Expect(page.Locator("[data-chart='drivers-quadrant']")).ToHaveAttributeAsync("data-drawn", "true");
        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
