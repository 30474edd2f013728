using System.Net;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Api;

public sealed class DriversApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Path = $"/api/v1/journeys/{ServerFixture.JourneyId}/drivers";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Queries() => new()
    {
        { "", [] },
        { "?outcome=return", ["--outcome", "return"] },
        { "?outcome=churn&where=region%3Dnorth", ["--outcome", "churn", "--where", "region=north"] },
        { "?outcome=nps&from=2026-02-01&to=2026-04-30", ["--outcome", "nps", "--from", "2026-02-01", "--to", "2026-04-30"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheDriversAreTheJsonThatTheCliPrints(string query, string[] options)
    {
        var cli = CliRunner.Run(["drivers", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        using var json = JsonDocument.Parse(api);
        Assert.NotEmpty(json.RootElement.GetProperty("drivers").EnumerateArray());
    }

    [Theory]
    [InlineData("?outcome=happiness", "'happiness'")]
    [InlineData("?from=yesterday", "'yesterday'")]
    public async Task ABadQueryIsABadRequest(string query, string named)
    {
        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownJourneyIsNotFound()
    {
        using var response = await server.Client(Role.Analyst).GetAsync("/api/v1/journeys/nope/drivers", Cancel);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
