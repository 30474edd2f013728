using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Identity;

namespace Pathlight.Tests.Server.Api;

/// <summary>Export, erase, the erasure log, shared identifiers and the stitched timeline over the API.</summary>
public sealed class PrivacyApiTests(PrivacyApiTests.Fixture server) : IClassFixture<PrivacyApiTests.Fixture>
{
    private const string Journey = "/api/v1/journeys/" + PrivacyData.JourneyId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdminExportsWhatTheCliExportsFoundByAnyIdentifier()
    {
        var cli = CliRunner.Run("export", "--identifier", "email:ANN@example.com", "--db", server.Db);

        using var response = await Post(Role.Admin, "export", "phone:07911 123456");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, cli.ExitCode);
        using var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        using var expected = JsonDocument.Parse(cli.Out);
        var customer = Assert.Single(api.RootElement.GetProperty("customers").EnumerateArray());
        Assert.Equal("C1", customer.GetProperty("customer_key").GetString());
        Assert.Equal(["r1", "r2", "r3", "r4"], customer.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(expected.RootElement.GetProperty("customers").GetRawText(), api.RootElement.GetProperty("customers").GetRawText());
    }

    [Fact]
    public async Task AnExportOfAnIdentifierNobodyHasListsNoCustomers()
    {
        using var response = await Post(Role.Admin, "export", "email:nobody@example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(0, body.GetProperty("customers").GetArrayLength());
        Assert.Equal("email:nobody@example.com", body.GetProperty("identifier").GetString());
    }

    [Theory]
    [InlineData("export")]
    [InlineData("erase")]
    public async Task AnalystsMayNeitherExportNorErase(string action)
    {
        using var response = await Post(Role.Analyst, action, "customer_id:C1");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(4, Convert.ToInt64(server.Query("SELECT count(*) AS n FROM responses WHERE customer_id = 'C1'")[0]["n"],
            System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EraseRemovesTheCustomerSoTheirTimelineIsNotFoundAndLogsCountsOnly()
    {
        using var before = await server.Client(Role.Analyst).GetAsync($"{Journey}/customers/C2", Cancel);

        using var erase = await Post(Role.Admin, "erase", "email:Bob@Example.com");
        using var after = await server.Client(Role.Analyst).GetAsync($"{Journey}/customers/C2", Cancel);
        using var again = await Post(Role.Admin, "erase", "customer_id:C2");
        using var log = await server.Client(Role.Admin).GetAsync("/api/v1/privacy/erasures", Cancel);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        var erased = await erase.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var removed = erased.GetProperty("removed");
        Assert.Equal((1, 2, 2, 2), (removed.GetProperty("journeys").GetInt32(), removed.GetProperty("responses").GetInt32(),
            removed.GetProperty("facts").GetInt32(), removed.GetProperty("identifiers").GetInt32()));
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.NotFound);
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Contains("nothing was erased", problem.Detail(), StringComparison.Ordinal);
        Assert.Empty(server.Query("SELECT * FROM identities WHERE value IN ('C2', 'bob@example.com')"));
        var entry = (await log.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("erasures").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == erased.GetProperty("erasure_id").GetString());
        Assert.Equal("erasure", entry.GetProperty("reason").GetString());
        Assert.DoesNotContain("bob", entry.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"identifier": "bob"}""")]
    public async Task ABodyWithoutAnIdentifierIsABadRequest(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Client(Role.Admin).PostAsync("/api/v1/privacy/erase", content, Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("email:ann@example.com", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedIdentifiersAreTheJsonTheCliPrints()
    {
        var cli = CliRunner.Run("identities", "shared", "--format", "json", "--db", server.Db);

        using var response = await server.Client(Role.Analyst).GetAsync($"{Journey}/identities/shared", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        var shared = Assert.Single(JsonDocument.Parse(api).RootElement.GetProperty("shared").EnumerateArray());
        Assert.Equal(("device:tablet", 3), (shared.GetProperty("identifier").GetString(), shared.GetProperty("customer_ids").GetInt32()));
    }

    [Fact]
    public async Task TheTimelineOfAnyOfACustomersIdsIsTheStitchedCustomerWithIdentifiersAndHistory()
    {
        using var response = await server.Client(Role.Analyst).GetAsync($"{Journey}/customers/C7", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("C1", timeline.GetProperty("customer_id").GetString());
        Assert.Equal(["customer_id:C1", "customer_id:C7", "device:ann-phone", "email:ann@example.com", "phone:+447911123456"],
            timeline.GetProperty("identifiers").EnumerateArray()
                .Select(i => $"{i.GetProperty("kind").GetString()}:{i.GetProperty("value").GetString()}"));
        var merges = timeline.GetProperty("history").EnumerateArray().Where(e => e.GetProperty("event").GetString() == "merge").ToList();
        Assert.Equal(4, merges.Count);
        Assert.Contains(merges, m => m.GetProperty("fact_id").GetString() == "r4"
            && m.GetProperty("identifiers").EnumerateArray().Select(i => i.GetString()).Order().SequenceEqual(["customer_id:C7", "email:ann@example.com"]));
        Assert.Equal(4, timeline.GetProperty("events").GetArrayLength());
    }

    private Task<HttpResponseMessage> Post(Role role, string action, string identifier) =>
        server.Client(role).PostAsJsonAsync($"/api/v1/privacy/{action}", new { identifier }, Cancel);

    /// <summary>A server over the shop journey and its stitched customers.</summary>
    public sealed class Fixture : ServerFixture
    {
        protected override void Seed() => PrivacyData.Seed(Db, PrivacyData.Journey(), key: null, PrivacyData.Responses);
    }
}
