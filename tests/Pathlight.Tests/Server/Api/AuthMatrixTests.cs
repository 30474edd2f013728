using System.Net;
using System.Text;
using Pathlight.Access;

namespace Pathlight.Tests.Server.Api;

public sealed class AuthMatrixTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string, Caller, int> Matrix()
    {
        var data = new TheoryData<string, string, Caller, int>();
        foreach (var route in ApiRouteMatrix.Routes)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(route.Method, route.Path, caller, ApiRouteMatrix.Expected(route, caller));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachCallerGetsItsAnswerOnEachRoute(string method, string path, Caller caller, int expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = BodyFor(method, path) };
        if (Authorization(caller) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        using var response = await server.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);

        switch (expected)
        {
            case 401:
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
                Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
                break;
            case 403:
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
                break;
            case 404:
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
                break;
            default:
                Assert.True((int)response.StatusCode == expected,
                    $"{caller} {method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                break;
        }
    }

    [Fact]
    public void TheMatrixCoversEveryApiRouteTheAppHas()
    {
        var inApp = RouteTemplates.MethodsAndTemplates(server.Endpoints)
            .Where(r => r.Template.StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => $"{r.Method} {r.Template}")
            .ToHashSet();
        var inMatrix = ApiRouteMatrix.Routes.Select(r => $"{r.Method} {r.Template}").ToHashSet();

        Assert.Equal(inApp.Order(StringComparer.Ordinal), inMatrix.Order(StringComparer.Ordinal));
    }

    private string? Authorization(Caller caller) => caller switch
    {
        Caller.NoHeader => null,
        Caller.MalformedHeader => "Basic dXNlcjpwYXNzd29yZA==",
        Caller.UnknownKey => "Bearer " + ApiKeySecret.Create().Text,
        Caller.RevokedKey => "Bearer " + RevokedKey(),
        Caller.Admin => "Bearer " + server.Key(Role.Admin),
        Caller.Analyst => "Bearer " + server.Key(Role.Analyst),
        Caller.Ingest => "Bearer " + server.Key(Role.Ingest),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private string RevokedKey()
    {
        var key = server.Store.CreateApiKey(Role.Admin, "revoked");
        Assert.True(server.Store.RevokeApiKey(key.Id));
        return key.Text;
    }

    // The successful calls change nothing: the journey is replaced by its own definition, no facts are posted and
    // the privacy routes ask about a customer nobody knows.
    private static StringContent? BodyFor(string method, string path) => method switch
    {
        "PUT" => new StringContent(File.ReadAllText(Helpers.SampleFiles.ProductLaunchJourney), Encoding.UTF8, "application/yaml"),
        "POST" when path.StartsWith("/api/v1/privacy/", StringComparison.Ordinal) =>
            new StringContent("""{"identifier": "email:nobody@example.com"}""", Encoding.UTF8, "application/json"),
        "POST" => new StringContent("[]", Encoding.UTF8, "application/json"),
        _ => null,
    };
}
