using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>The paths page in headless Chromium over the demo store: the Sankey draws, and nothing logs an error.</summary>
public sealed class PathsPageInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheFlowIsDrawnAsASankeyWithoutErrors()
    {
        await using var analyst = await fixture.NewContextAsync();
        var page = await analyst.NewPageAsync();
        var errors = new PageErrors(page);
        await fixture.SignInAsync(page);

        await page.GotoAsync("/journeys/product-launch/paths");

        var chart = page.Locator("[data-chart='sankey']");
        await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        // ECharts writes the node labels into the SVG: the support touchpoint appears in the drawing.
        await Expect(chart.Locator("svg text", new() { HasText = "Support contacts" }).First).ToBeAttachedAsync();
        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
