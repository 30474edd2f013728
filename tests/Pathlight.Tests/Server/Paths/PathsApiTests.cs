using System.Net;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Server.Api;

namespace Pathlight.Tests.Server.Paths;

public sealed class PathsApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Path = $"/api/v1/journeys/{ServerFixture.JourneyId}/paths";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Filters() => new()
    {
        { "", [] },
        { "?from=2026-03-05&to=2026-03-20", ["--from", "2026-03-05", "--to", "2026-03-20"] },
        { "?where=region%3Dnorth&where=customer_type%3Dnew", ["--where", "region=north", "--where", "customer_type=new"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ThePathsAreTheJsonThatTheCliPrintsForTheSameFilters(string query, string[] options)
    {
        var cli = CliRunner.Run(["paths", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        using var document = JsonDocument.Parse(api);
        var customers = document.RootElement.GetProperty("customers").GetInt64();
        Assert.True(customers > 0);
        if (query.Length > 0)
        {
            using var all = JsonDocument.Parse(await server.Client(Role.Analyst).GetStringAsync(Path, Cancel));
            Assert.True(customers < all.RootElement.GetProperty("customers").GetInt64(), "the filter reached the server");
        }
    }

    [Fact]
    public async Task TheAnswerNamesItsDefinitionsAndASupportShare()
    {
        using var document = JsonDocument.Parse(await server.Client(Role.Admin).GetStringAsync(Path, Cancel));
        var root = document.RootElement;

        Assert.Equal(["support-contact"], root.GetProperty("support_nodes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["launch-purchase"], root.GetProperty("goal_touchpoints").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.GetProperty("cases_as_support").GetBoolean());
        var support = root.GetProperty("shares").GetProperty("support");
        Assert.True(support.GetProperty("low").GetDouble() > 0);
        Assert.Equal(root.GetProperty("customers").GetInt64(), support.GetProperty("n").GetInt64());
    }

    [Theory]
    [InlineData("?from=yesterday", "'yesterday'")]
    [InlineData("?where=region", "'region'")]
    public async Task ABadFilterIsABadRequest(string query, string named)
    {
        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownJourneyIsNotFound()
    {
        using var response = await server.Client(Role.Analyst).GetAsync("/api/v1/journeys/no-such-journey/paths", Cancel);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
