using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>The support view in headless Chromium over the demo store: both charts draw and nothing is logged as broken.</summary>
public sealed class SupportInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheSupportViewDrawsItsChartsWithoutErrors()
    {
        await using var analyst = await fixture.NewContextAsync();
        var page = await analyst.NewPageAsync();
        var errors = new PageErrors(page);
        await fixture.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Support", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Support experience" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-chart='support-compare']")).ToHaveCountAsync(2);
        foreach (var chart in await page.Locator("[data-chart='support-compare']").AllAsync())
        {
            await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
            await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("table[data-table='support'] tr[data-touchpoint='out-of-stock']")).ToBeVisibleAsync();
        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
