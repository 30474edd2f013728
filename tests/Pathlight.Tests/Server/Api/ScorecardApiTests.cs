using System.Net;
using Pathlight.Access;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Api;

public sealed class ScorecardApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Path = $"/api/v1/journeys/{ServerFixture.JourneyId}/scorecard";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // The query string and the same filters as CLI options.
    public static TheoryData<string, string[]> Filters() => new()
    {
        { "", [] },
        { "?from=2026-03-05", ["--from", "2026-03-05"] },
        { "?to=2026-03-12", ["--to", "2026-03-12"] },
        { "?from=2026-03-05T12:00:00Z&to=2026-03-20", ["--from", "2026-03-05T12:00:00Z", "--to", "2026-03-20"] },
        { "?where=region%3Dnorth", ["--where", "region=north"] },
        { "?where=region%3Dnorth&where=customer_type%3Dnew", ["--where", "region=north", "--where", "customer_type=new"] },
        { "?from=2026-03-01&to=2026-03-31&where=customer_type%3Dexisting",
            ["--from", "2026-03-01", "--to", "2026-03-31", "--where", "customer_type=existing"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TheScorecardIsTheJsonThatTheCliPrintsForTheSameFilters(string query, string[] options)
    {
        var cli = CliRunner.Run(["scorecard", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        if (query.Length > 0)
        {
            // The filter reached the server: the card differs from the unfiltered one.
            Assert.NotEqual(await server.Client(Role.Analyst).GetStringAsync(Path, Cancel), api);
        }
    }

    [Theory]
    [InlineData("?from=yesterday", "'yesterday'")]
    [InlineData("?to=2026-13-45", "'2026-13-45'")]
    [InlineData("?from=2026-03-20&to=2026-03-10", "must be before")]
    [InlineData("?where=region", "'region'")]
    public async Task ABadFilterIsABadRequest(string query, string named)
    {
        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.Detail(), StringComparison.Ordinal);
    }
}
