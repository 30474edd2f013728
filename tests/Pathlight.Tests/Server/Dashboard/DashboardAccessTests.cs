using System.Net;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>Signing in and out of the dashboard through its pages, and what happens without a sign-in.</summary>
public sealed class DashboardAccessTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/journeys/product-launch")]
    [InlineData("/journeys/product-launch/trends")]
    public async Task PagesRedirectToSignInWithoutTheCookie(string path)
    {
        using var client = server.NewClient();

        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/signin?ReturnUrl=" + Uri.EscapeDataString(path), new Uri(page.Location!).PathAndQuery);
    }

    [Fact]
    public async Task TheSignInPageCarriesTheReturnUrlAndAnAntiforgeryToken()
    {
        using var client = server.NewClient();

        var page = await client.GetAsync("/signin?ReturnUrl=%2Fjourneys%2Fproduct-launch%2Ftrends");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<label for=\"key\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"ReturnUrl\" value=\"/journeys/product-launch/trends\"", page.Html, StringComparison.Ordinal);
        Assert.NotEmpty(DashboardClient.TokenIn(page.Html));
        Assert.True(client.HasCookieStartingWith(".AspNetCore.Antiforgery."));
    }

    [Fact]
    public async Task SigningInLandsOnTheReturnUrl()
    {
        using var client = server.NewClient();

        var landing = await client.SignInAsync(server.AnalystKey, "/journeys/product-launch/trends");

        Assert.Equal("/journeys/product-launch/trends", landing.Location);
        Assert.True(client.HasCookie("pathlight"));
        var page = await client.GetAsync(landing.Location!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Signed in as dashboard tests", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIngestKeyCannotSignIn()
    {
        using var client = server.NewClient();

        var answer = await client.SignInAsync(server.IngestKey);

        Assert.Equal("/signin?error=role", answer.Location);
        Assert.False(client.HasCookie("pathlight"));
        var page = await client.GetAsync(answer.Location!);
        Assert.Contains("That is an ingest key", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).Status);
    }

    [Fact]
    public async Task AnUnknownKeyIsRefusedWithAMessage()
    {
        using var client = server.NewClient();

        var answer = await client.SignInAsync("pl_not-a-real-key");

        Assert.Equal("/signin?error=invalid", answer.Location);
        var page = await client.GetAsync(answer.Location!);
        Assert.Contains("That key was not recognised", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignOutButtonEndsTheSession()
    {
        using var client = await server.SignedInClientAsync();
        var map = await client.GetAsync("/");
        Assert.Contains("<form class=\"signout\" method=\"post\" action=\"/signout\">", map.Html, StringComparison.Ordinal);

        var answer = await client.PostFormAsync("/signout", [new("__RequestVerificationToken", DashboardClient.TokenIn(map.Html))]);

        Assert.Equal("/signin?signedout=1", answer.Location);
        Assert.Contains("You have signed out", DashboardHtml.Text((await client.GetAsync(answer.Location!)).Html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).Status);
    }

    [Fact]
    public async Task SignOutWithoutTheAntiforgeryTokenIsRefusedAndKeepsTheSession()
    {
        using var client = await server.SignedInClientAsync();

        var answer = await client.PostFormAsync("/signout", [new("nothing", "here")]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).Status);
    }
}
