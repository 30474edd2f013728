using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Server.Api;
using Pathlight.Tests.Cli;

namespace Pathlight.Tests.Server.Api;

/// <summary>Bodies for the ingest routes and a way to post them and read the per-item result.</summary>
internal static class IngestRequests
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Good responses with these ids, one minute apart, NPS 5, 6, 7…, in the north region.</summary>
    public static FactFile Responses(params string[] ids) => new(
        ["id", "touchpoint", "timestamp", "nps", "region"],
        [.. ids.Select((id, i) => new object?[] { id, "launch-purchase", $"2026-03-05T10:{i % 60:00}:00Z", 5 + (i % 6), "north" })]);

    public static string[] Ids(string prefix, int count) => [.. Enumerable.Range(1, count).Select(i => $"{prefix}-{i:000}")];

    public static Task<HttpResponseMessage> PostAsync(ServerFixture server, string kind, HttpContent body) =>
        server.Client(Role.Ingest).PostAsync($"/api/v1/journeys/{ServerFixture.JourneyId}/{kind}", body,
            TestContext.Current.CancellationToken);

    /// <summary>Posts a body with this Content-Type, or with none when it is empty.</summary>
    public static Task<HttpResponseMessage> PostAsync(ServerFixture server, string kind, string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType.Length == 0 ? null : new MediaTypeHeaderValue(contentType, "utf-8");
        return PostAsync(server, kind, content);
    }

    /// <summary>Posts and asserts 200, returning the result.</summary>
    public static async Task<IngestResult> PostOkAsync(ServerFixture server, string kind, string body, string contentType)
    {
        using var response = await PostAsync(server, kind, body, contentType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<IngestResult>(text, SnakeCase)!;
    }

    /// <summary>The ids stored in a fact table that start with a prefix, in order.</summary>
    public static string[] StoredIds(ServerFixture server, string table, string prefix) =>
        [.. server.Query($"SELECT id FROM {table} WHERE starts_with(id, '{prefix}') ORDER BY id").Select(r => (string)r["id"]!)];

}
