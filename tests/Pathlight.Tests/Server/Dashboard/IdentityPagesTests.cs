using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Pathlight.Access;
using Pathlight.Server;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Identity;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>The customer search by any identifier and a stitched customer's identifiers and history on their page.</summary>
public sealed class IdentityPagesTests(IdentityPagesTests.Fixture server) : IClassFixture<IdentityPagesTests.Fixture>
{
    private const string Customers = "/journeys/shop/customers";

    [Theory]
    [InlineData("phone:07911 123456")]
    [InlineData(" EMAIL:Ann@Example.com ")]
    [InlineData("C7")]
    [InlineData("customer_id:C1")]
    public async Task TheSearchFormPostsAnyIdentifierAndLeadsToTheStitchedCustomer(string typed)
    {
        using var client = await server.SignedInClientAsync();
        var search = await client.GetAsync(Customers);

        var found = await client.PostFormAsync(Customers, [new("customer", typed), new("__RequestVerificationToken", DashboardClient.TokenIn(search.Html))]);

        Assert.Contains("method=\"post\" action=\"/journeys/shop/customers\"", search.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, found.Status);
        Assert.Equal(Customers + "/C1", found.Location);
    }

    [Theory]
    [InlineData("email:nobody@example.com", "has no customer 'email:nobody@example.com'")]
    [InlineData("phone:12", "'phone:12' is not a valid identifier: phone: '12' is not")]
    public async Task AnIdentifierNobodyHasGetsTheNotFoundPageWithTheReason(string typed, string message)
    {
        using var client = await server.SignedInClientAsync();
        var search = await client.GetAsync(Customers);

        var page = await client.PostFormAsync(Customers, [new("customer", typed), new("__RequestVerificationToken", DashboardClient.TokenIn(search.Html))]);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains(message, DashboardHtml.Text(page.Html), StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchPostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.PostFormAsync(Customers, [new("customer", "email:ann@example.com")]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task AnotherCustomerIdOfAStitchedCustomerRedirectsToTheirPage()
    {
        using var client = await server.SignedInClientAsync();

        var page = await client.GetAsync(Customers + "/C7");
        var query = await client.GetAsync(Customers + "?customer=email%3Aann%40example.com");

        Assert.Equal((HttpStatusCode.Redirect, Customers + "/C1"), (page.Status, page.Location));
        Assert.Equal((HttpStatusCode.Redirect, Customers + "/C1"), (query.Status, query.Location));
    }

    [Fact]
    public async Task TheCustomersPageListsTheirIdentifiersAndHowTheyWereStitched()
    {
        using var client = await server.SignedInClientAsync();
        var identity = server.Store.GetCustomerIdentity(server.Store.GetJourney("shop"), "C1")!;

        var page = await client.GetAsync(Customers + "/C1");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(identity.Identifiers.Select(i => i.Identifier.ToString()),
            Regex.Matches(page.Html, "data-identifier=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Equal(identity.History.Select(e => e.Event), Regex.Matches(page.Html, "data-identity-event=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        var text = DashboardHtml.Text(page.Html);
        Assert.Contains("How this customer was stitched", text, StringComparison.Ordinal);
        Assert.Contains("merged with customer C7: response r4 carried both customer_id:C7 and email:ann@example.com", text, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"identifiers-heading\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">phone</th>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASharedIdentifierLeadsToNoOneAndSaysWhy()
    {
        using var client = await server.SignedInClientAsync();
        var search = await client.GetAsync(Customers);

        var found = await client.PostFormAsync(Customers, [new("customer", "device:tablet"), new("__RequestVerificationToken", DashboardClient.TokenIn(search.Html))]);
        var page = await client.GetAsync(found.Location!);

        Assert.Equal(HttpStatusCode.SeeOther, found.Status);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("device:tablet is shared: it was seen with more than 2 customer_ids", DashboardHtml.Text(page.Html), StringComparison.Ordinal);
    }

    /// <summary>The real server over the shop journey's stitched customers, with an analyst key.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly DisposableFolder _folder = new();
        private WebApplication? _app;
        private string _analystKey = "";
        private Uri _address = null!;

        public DuckDbStore Store { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var db = _folder.File("shop.duckdb");
            PrivacyData.Seed(db, PrivacyData.Journey(), key: null, PrivacyData.Responses);
            Store = DuckDbStore.Open(db, create: false);
            _analystKey = Store.CreateApiKey(Role.Analyst, "identity pages").Text;
            _app = PathlightServer.Build(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Pathlight:Db"] = db,
                ["Logging:LogLevel:Default"] = "Error",
            });
            await _app.StartAsync();
            _address = new Uri(_app.Urls.First());
        }

        public async Task<DashboardClient> SignedInClientAsync()
        {
            var client = new DashboardClient(_address);
            var landing = await client.SignInAsync(_analystKey);
            Assert.True(landing.Location == "/", $"sign-in should land on /, not {landing.Status} {landing.Location}");
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }

            _folder.Dispose();
        }
    }
}
