using Microsoft.Playwright;
using Pathlight.Server;
using Pathlight.Tests.Helpers;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>
/// Takes <c>docs/journey-map.png</c>, the README's picture: the journey map of the default demo
/// (<c>pathlight demo</c>: 10,000 customers, seed 42) at desktop width, from the top of the page to the emotion
/// curve. Explicit, so CI never runs it; after changing the dashboard's look, re-run it with
/// <c>dotnet test --project tests/Pathlight.Tests -- --filter-class Pathlight.Tests.Browser.JourneyMapScreenshot --explicit only</c>.
/// </summary>
public sealed class JourneyMapScreenshot
{
    private const int Width = 1400;

    [Fact(Explicit = true)]
    public async Task WritesTheReadmeScreenshotOfTheDemosJourneyMap()
    {
        Chromium.RequireInstalled();
        using var folder = new DisposableFolder();
        var db = folder.File("demo.duckdb");
        Run("demo", "--db", db);
        var key = Run("keys", "create", "--role", "analyst", "--name", "screenshot", "--db", db).Out.Trim();
        var app = PathlightServer.Build(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Pathlight:Db"] = db,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var chromium = await Chromium.LaunchAsync();
            await using var context = await chromium.NewContextAsync(new Uri(app.Urls.Single()), Width, 900);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/signin");
            await page.Locator("#key").FillAsync(key);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page.Locator("[data-chart='emotion']")).ToHaveAttributeAsync("data-drawn", "true");
            await Expect(page.Locator("article[data-touchpoint='out-of-stock'] header [data-light]")).ToHaveAttributeAsync("data-light", "red");

            // From the header down to the emotion curve: the lights and the curve, without the page's lower half.
            var curve = await page.Locator("section[aria-labelledby='emotion-heading']").BoundingBoxAsync()
                ?? throw new InvalidOperationException("The journey map has no emotion curve.");
            var target = Path.Combine(RepositoryRoot(), "docs", "journey-map.png");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = target,
                FullPage = true,
                Clip = new Clip { X = 0, Y = 0, Width = Width, Height = curve.Y + curve.Height + 16 },
                Type = ScreenshotType.Png,
            });

            Assert.InRange(new FileInfo(target).Length, 10_000, 400_000);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static string RepositoryRoot() =>
        Path.GetDirectoryName(Path.GetDirectoryName(SampleFiles.ProductLaunchJourney))!;

    private static CliResult Run(params string[] args)
    {
        var result = CliRunner.Run(args);
        return result.ExitCode == 0 ? result : throw new InvalidOperationException($"pathlight {args[0]} failed: {result}");
    }
}
