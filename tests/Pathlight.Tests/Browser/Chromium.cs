using Microsoft.Playwright;

namespace Pathlight.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright: one browser process, many contexts (each a fresh profile with
/// its own cookies). Playwright never downloads a browser here; it launches the installed one.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>How long a wait for a selector, a navigation or an expectation may take.</summary>
    public const float Timeout = 5_000;

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>
    /// Skips the test when Chromium is missing, except on CI (<c>CI=true</c>), where CI installs it and a skip
    /// would hide a broken install, so the test fails instead.
    /// </summary>
    public static void RequireInstalled()
    {
        if (IsInstalled) return;

        var reason = $"Chromium is not installed at {ExecutablePath} (Debian: apt-get install chromium).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI installs it, so the browser tests must not be skipped there.");
        }

        Assert.Skip(reason);
    }

    public static async Task<Chromium> LaunchAsync()
    {
        RequireInstalled();
        Assertions.SetDefaultExpectTimeout(Timeout);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                Timeout = 30_000,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A fresh profile whose relative URLs resolve against <paramref name="baseUrl"/>. Reduced motion makes the
    /// charts draw at once, without animation.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout * 2);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
