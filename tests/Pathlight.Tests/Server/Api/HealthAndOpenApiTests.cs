using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pathlight.Tests.Server.Api;

public sealed class HealthAndOpenApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthzAnswersWithoutAKey()
    {
        using var response = await server.Anonymous.GetAsync("/healthz", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(server.Store.SchemaVersion(), health.GetProperty("schema_version").GetInt32());
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryRouteWithItsMethods()
    {
        var routes = RouteTemplates.MethodsAndTemplates(server.Endpoints)
            .Where(r => !r.Template.StartsWith("/openapi/", StringComparison.Ordinal)
                && !r.Template.StartsWith("/assets/", StringComparison.Ordinal))
            .Select(r => (Method: r.Method.ToLowerInvariant(), r.Template))
            .Distinct()
            .ToList();

        using var response = await server.Anonymous.GetAsync("/openapi/v1.json", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("paths");
        Assert.Contains(("get", "/api/v1/journeys"), routes);
        Assert.Contains(("post", "/api/v1/journeys/{journeyId}/{kind}"), routes);
        var missing = routes
            .Where(r => !(paths.TryGetProperty(r.Template, out var path) && path.TryGetProperty(r.Method, out _)))
            .Select(r => $"{r.Method.ToUpperInvariant()} {r.Template}");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task ApiOperationsDeclareTheBearerKeyAndOthersDoNot()
    {
        using var response = await server.Anonymous.GetAsync("/openapi/v1.json", Cancel);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var secured = operation.Value.TryGetProperty("security", out var security)
                    && security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _));
                Assert.True(secured == path.Name.StartsWith("/api/", StringComparison.Ordinal), $"{operation.Name} {path.Name}");
            }
        }
    }
}
