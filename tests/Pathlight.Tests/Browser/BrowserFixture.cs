using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pathlight.Tests.Server.Dashboard;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>
/// One real server over the <c>pathlight demo --customers 1500 --seed 7</c> store (with an analyst key) and one
/// headless Chromium, shared by the tests of a class. Without Chromium nothing starts, and each test skips (or
/// fails on CI) when it asks for a page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private DashboardServer? _server;
    private Chromium? _chromium;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The URL of the sign-in page, with or without a query.</summary>
    public Regex SignInUrl => new("^" + Regex.Escape(new Uri(Server.Address, "/signin").AbsoluteUri) + @"(\?.*)?$");

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;

        _server = new DashboardServer();
        await _server.InitializeAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser profile (no cookies) on the server, <paramref name="width"/> CSS pixels wide.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900)
    {
        Chromium.RequireInstalled();
        var chromium = _chromium ?? throw new InvalidOperationException("Chromium did not start.");
        return await chromium.NewContextAsync(Server.Address, width, height);
    }

    /// <summary>Signs in on the sign-in page as a person would: types the analyst key and presses the button.</summary>
    public async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#key").FillAsync(Server.AnalystKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(Server.Address, "/").AbsoluteUri);
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}
