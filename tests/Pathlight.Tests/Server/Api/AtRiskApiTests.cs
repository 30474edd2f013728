using System.Net;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Api;

public sealed class AtRiskApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Path = $"/api/v1/journeys/{ServerFixture.JourneyId}/at-risk";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?days=14&as_of=2026-03-25", new[] { "--days", "14", "--as-of", "2026-03-25" })]
    public async Task TheListIsTheJsonThatTheCliPrints(string query, string[] options)
    {
        var cli = CliRunner.Run(["at-risk", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        using var json = JsonDocument.Parse(api);
        Assert.True(json.RootElement.GetProperty("count").GetInt32() > 0);
    }

    [Theory]
    [InlineData("?days=0", "--days")]
    [InlineData("?as_of=someday", "'someday'")]
    public async Task ABadWindowIsABadRequest(string query, string named)
    {
        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.Detail(), StringComparison.Ordinal);
    }
}
