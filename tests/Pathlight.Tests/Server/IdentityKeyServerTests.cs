using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Tests.Identity;

namespace Pathlight.Tests.Server;

/// <summary>A server given the identity key in configuration finds customers of a pseudonymized journey by their identifiers.</summary>
public sealed class IdentityKeyServerTests(IdentityKeyServerTests.Fixture server) : IClassFixture<IdentityKeyServerTests.Fixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThePseudonymizedCustomerIsFoundByAnyIdentifierAndTheStoreHoldsNoRawValue()
    {
        using var timeline = await server.Client(Role.Analyst).GetAsync($"/api/v1/journeys/{PrivacyData.JourneyId}/customers/C7", Cancel);
        using var export = await server.Client(Role.Admin).PostAsJsonAsync("/api/v1/privacy/export",
            new { identifier = "phone:07911 123456" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        var body = await timeline.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var key = body.GetProperty("customer_id").GetString()!;
        Assert.Equal(43, key.Length);
        Assert.Equal(5, body.GetProperty("identifiers").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var customer = Assert.Single((await export.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("customers").EnumerateArray());
        Assert.Equal(key, customer.GetProperty("customer_key").GetString());
        Assert.True(customer.GetProperty("pseudonymized").GetBoolean());
        var values = server.Query("SELECT value FROM identities UNION ALL SELECT customer_id FROM fact_responses WHERE customer_id IS NOT NULL")
            .Select(r => (string)r["value"]!).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(43, v.Length));
        Assert.Empty(values.Intersect(["C1", "C7", "ann@example.com", "+447911123456", "ann-phone", "bob@example.com", "tablet"]));
    }

    /// <summary>The shop journey with pseudonymized identifiers; the server gets the key as <c>Pathlight:IdentityKey</c>.</summary>
    public sealed class Fixture() : ServerFixture(new Dictionary<string, string?> { ["Pathlight:IdentityKey"] = PrivacyData.Key })
    {
        protected override void Seed() => PrivacyData.Seed(Db, PrivacyData.Journey(pseudonymize: true), PrivacyData.Key, PrivacyData.Responses);
    }
}
