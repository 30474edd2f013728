using Microsoft.Playwright;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;
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

    [Fact]
    public async Task AnAnalystFindsACustomerByTheirPhoneAndSeesHowTheyWereStitched()
    {
        Chromium.RequireInstalled();
        using var folder = new DisposableFolder();
        var import = CliRunner.Run("import", "responses", folder.Write("stitch.csv", """
            id,touchpoint,timestamp,customer_id,email,phone,nps
            stitch-1,launch-purchase,2026-03-20T10:00:00Z,c-000007,Dana@Example.com,,9
            stitch-2,launch-purchase,2026-03-21T10:00:00Z,,dana@example.com,+44 7911 123456,8
            """), "--db", fixture.Server.Db);
        Assert.True(import.ExitCode == 0, import.ToString());
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await fixture.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Customers", Exact = true }).ClickAsync();
        await page.GetByLabel("Customer id or identifier").FillAsync("phone:+44 7911 123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show timeline" }).ClickAsync();

        await Expect(page.Locator("[data-customer]")).ToHaveTextAsync("c-000007");
        Assert.DoesNotContain("7911", page.Url, StringComparison.Ordinal);
        var identifiers = page.GetByRole(AriaRole.Region, new() { Name = "Identifiers" });
        await Expect(identifiers.GetByRole(AriaRole.Row, new() { Name = "phone +447911123456" })).ToBeVisibleAsync();
        await Expect(identifiers.GetByRole(AriaRole.Row, new() { Name = "email dana@example.com" })).ToBeVisibleAsync();
        var stitched = page.GetByRole(AriaRole.Region, new() { Name = "How this customer was stitched" });
        await Expect(stitched.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "response stitch-2 carried both" })).ToBeVisibleAsync();
        if (Environment.GetEnvironmentVariable("PATHLIGHT_SCREENSHOTS") is { Length: > 0 } screenshots)
        {
            await stitched.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, "customer-stitched.png") });
            await identifiers.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, "customer-identifiers.png") });
        }

        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
