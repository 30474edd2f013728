using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Server.Dashboard;
using static Microsoft.Playwright.Assertions;

namespace Pathlight.Tests.Browser;

/// <summary>The dashboard and a survey page in headless Chromium, over the demo store, as an analyst and a customer use them.</summary>
public sealed class DashboardInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Surveyed = "store-enquiry";

    [Fact]
    public async Task AnAnalystSeesTheLightsAndACustomersNewAnswerThenSignsOut()
    {
        await using var analyst = await fixture.NewContextAsync();
        var map = await analyst.NewPageAsync();
        var mapErrors = new PageErrors(map);

        await map.GotoAsync("/");
        await Expect(map).ToHaveURLAsync(fixture.SignInUrl);
        await map.Locator("#key").FillAsync(fixture.Server.AnalystKey);
        await map.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(map).ToHaveURLAsync(new Uri(fixture.Server.Address, "/").AbsoluteUri);

        await ExpectLightAsync(map, "store-enquiry", "RED");
        await ExpectLightAsync(map, "out-of-stock", "RED");
        await ExpectLightAsync(map, "launch-marketing", "GREEN");
        await ExpectLightAsync(map, "launch-purchase", "GREEN");
        await Expect(Card(map, "launch-marketing").Locator("header [data-wow]")).ToHaveTextAsync("WOW");
        await Expect(Card(map, "launch-marketing").Locator("header [data-wow]")).ToBeVisibleAsync();
        await Expect(Card(map, "launch-purchase").Locator("header [data-wow]")).ToHaveCountAsync(0);
        await Expect(map.Locator("[data-chart]")).ToHaveCountAsync(2);
        foreach (var chart in await map.Locator("[data-chart]").AllAsync())
        {
            await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
            await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        }

        // The badges are coloured by the style sheet, not only labelled: red and green look different.
        Assert.NotEqual(await BackgroundAsync(BadgeOf(map, "store-enquiry")), await BackgroundAsync(BadgeOf(map, "launch-purchase")));

        var before = await ResponsesAsync(map, Surveyed);
        Assert.True(before >= 30, $"{Surveyed} has n = {before}");

        await AnswerSurveyAsync(SurveyLink(Surveyed));

        await map.ReloadAsync();
        var responses = Card(map, Surveyed).Locator("dd[data-n]");
        await Expect(responses).ToHaveAttributeAsync("data-n", (before + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(responses).ToHaveTextAsync("n = " + (before + 1).ToString("N0", CultureInfo.InvariantCulture));

        await map.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(map).ToHaveURLAsync(fixture.SignInUrl);
        await Expect(map.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have signed out.");
        await map.GotoAsync("/journeys/product-launch");
        await Expect(map).ToHaveURLAsync(fixture.SignInUrl);
        await Expect(map.Locator("#key")).ToBeVisibleAsync();
        await Expect(map.Locator("[data-touchpoint]")).ToHaveCountAsync(0);
        Assert.True(mapErrors.All.Count == 0, string.Join("\n", mapErrors.All));
    }

    [Fact]
    public async Task TheJourneyMapFitsAPhoneScreen()
    {
        await using var phone = await fixture.NewContextAsync(width: 390, height: 844);
        var page = await phone.NewPageAsync();
        await fixture.SignInAsync(page);

        await ExpectLightAsync(page, "store-enquiry", "RED");
        await ExpectLightAsync(page, "launch-purchase", "GREEN");
        await Expect(page.Locator("[data-chart]")).ToHaveCountAsync(2);
        foreach (var chart in await page.Locator("[data-chart]").AllAsync())
        {
            await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide on a {widths[1]} px screen, so it scrolls sideways");
        Assert.Equal(390, widths[1]);
        var card = await Card(page, "store-enquiry").BoundingBoxAsync();
        Assert.NotNull(card);
        Assert.InRange(card.X + card.Width, 0, 390);
    }

    [Fact]
    public async Task TheSignInPageLogsNoErrors()
    {
        await using var visitor = await fixture.NewContextAsync();
        var page = await visitor.NewPageAsync();
        var errors = new PageErrors(page);

        await page.GotoAsync("/signin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Pathlight" })).ToBeVisibleAsync();
        await Expect(page.Locator("#key")).ToBeFocusedAsync();
        await page.Locator("#key").FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That key was not recognised");

        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }

    [Fact]
    public async Task TheSurveyPageLogsNoErrors()
    {
        await using var customer = await fixture.NewContextAsync(width: 390, height: 844);
        var page = await customer.NewPageAsync();
        var errors = new PageErrors(page);

        await page.GotoAsync(SurveyLink("launch-purchase"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How was it?" })).ToBeVisibleAsync();
        await Expect(page.Locator("p.context")).ToHaveTextAsync("Your feedback on Launch-day purchase");
        await Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync((3 * 2) + (3 * 11));

        // The radios are styled away (the labels are what people tap), so the strict content security policy let
        // the page's own style sheet in.
        Assert.Equal("0", await page.Locator("input[type=radio]").First.EvaluateAsync<string>("e => getComputedStyle(e).opacity"));
        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }

    private static ILocator Card(IPage page, string touchpoint) => page.Locator($"article[data-touchpoint='{touchpoint}']");

    private static ILocator BadgeOf(IPage page, string touchpoint) => Card(page, touchpoint).Locator("header [data-light]");

    /// <summary>The card's light says its colour in visible words, matching its data attribute.</summary>
    private static async Task ExpectLightAsync(IPage page, string touchpoint, string word)
    {
        var badge = BadgeOf(page, touchpoint);
        await Expect(badge).ToBeVisibleAsync();
        await Expect(badge).ToHaveTextAsync("Expectation light: " + word, new() { UseInnerText = true });
        await Expect(badge).ToHaveAttributeAsync("data-light", word.ToLowerInvariant());
    }

    private static Task<string> BackgroundAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    private static async Task<long> ResponsesAsync(IPage page, string touchpoint)
    {
        var n = await Card(page, touchpoint).Locator("dd[data-n]").GetAttributeAsync("data-n");
        return long.Parse(n ?? throw new InvalidOperationException($"{touchpoint} shows no n"), CultureInfo.InvariantCulture);
    }

    /// <summary>A signed link to the touchpoint's survey, as <c>pathlight survey-link</c> prints it for this server.</summary>
    private string SurveyLink(string touchpoint)
    {
        var result = CliRunner.Run("survey-link", DashboardServer.JourneyId, touchpoint,
            "--base-url", fixture.Server.Address.AbsoluteUri, "--db", fixture.Server.Db);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Out.Trim();
    }

    /// <summary>A customer on their phone (their own browser, not signed in) answers the survey by tapping.</summary>
    private async Task AnswerSurveyAsync(string link)
    {
        await using var customer = await fixture.NewContextAsync(width: 390, height: 844);
        var survey = await customer.NewPageAsync();
        var errors = new PageErrors(survey);

        await survey.GotoAsync(link);
        await ChooseAsync(survey, "Were your expectations met?", "No");
        await ChooseAsync(survey, "Would you come back?", "Yes");
        await ChooseAsync(survey, "Would you recommend us?", "No");
        await ChooseAsync(survey, "How likely are you to recommend us to a friend or colleague?", "3");
        await ChooseAsync(survey, "Before it happened, how good did you expect it to be?", "8");
        await ChooseAsync(survey, "And how good was it really?", "4");
        await survey.GetByLabel("Anything else you would like to tell us?").FillAsync("Nobody could say when stock would arrive.");
        await survey.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }).ClickAsync();

        await Expect(survey).ToHaveURLAsync(new Regex($"/s/{DashboardServer.JourneyId}/{Surveyed}/thanks$"));
        await Expect(survey.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you!");
        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }

    private static async Task ChooseAsync(IPage page, string question, string answer)
    {
        var choice = page.GetByRole(AriaRole.Group, new() { Name = question }).GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true });
        await choice.ClickAsync();
        await Expect(choice).ToBeCheckedAsync();
    }
}
