using System.Net;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Api;

public sealed class SupportApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Path = $"/api/v1/journeys/{ServerFixture.JourneyId}/support";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Filters() => new()
    {
        { "", [] },
        { "?from=2026-03-05&to=2026-03-20", ["--from", "2026-03-05", "--to", "2026-03-20"] },
        { "?where=region%3Dnorth", ["--where", "region=north"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TheReportIsTheJsonThatTheCliPrintsForTheSameFilters(string query, string[] options)
    {
        var cli = CliRunner.Run(["support", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        if (query.Length > 0)
        {
            Assert.NotEqual(await server.Client(Role.Analyst).GetStringAsync(Path, Cancel), api);
        }
    }

    [Fact]
    public async Task EachTouchpointCarriesItsSupportDemandAndMeasuredValues()
    {
        using var json = JsonDocument.Parse(await server.Client(Role.Analyst).GetStringAsync(Path, Cancel));

        var stockOut = json.RootElement.GetProperty("touchpoints").EnumerateArray()
            .Single(t => t.GetProperty("touchpoint").GetString() == "out-of-stock");
        Assert.True(stockOut.GetProperty("cases").GetInt64() > 0);
        Assert.True(stockOut.GetProperty("contacts").GetInt64() >= stockOut.GetProperty("cases").GetInt64());
        foreach (var name in new[] { "value", "low", "high", "n" })
        {
            Assert.Equal(JsonValueKind.Number, stockOut.GetProperty("cases_per_1000").GetProperty(name).ValueKind);
            Assert.Equal(JsonValueKind.Number, stockOut.GetProperty("churn_90d").GetProperty("difference").GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public async Task AnUnknownJourneyIsNotFound()
    {
        using var response = await server.Client(Role.Analyst).GetAsync("/api/v1/journeys/nope/support", Cancel);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABadFilterIsABadRequest()
    {
        using var response = await server.Client(Role.Analyst).GetAsync(Path + "?where=region", Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'region'", problem.Detail(), StringComparison.Ordinal);
    }
}
