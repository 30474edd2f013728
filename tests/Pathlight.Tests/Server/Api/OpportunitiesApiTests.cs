using System.Net;
using System.Net.Http.Headers;
using Pathlight.Access;
using Pathlight.Opportunities;
using Pathlight.Tests.Helpers;
using Pathlight.Tests.Opportunities;

namespace Pathlight.Tests.Server.Api;

public sealed class OpportunitiesApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Path = $"/api/v1/journeys/{ServerFixture.JourneyId}/opportunities";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string[]> Queries() => new()
    {
        { "", [] },
        { "?where=region%3Dnorth", ["--where", "region=north"] },
        { "?from=2026-02-01&to=2026-04-30&format=json", ["--from", "2026-02-01", "--to", "2026-04-30"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheOpportunitiesAreTheJsonThatTheCliPrints(string query, string[] options)
    {
        var cli = CliRunner.Run(["opportunities", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + query, Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task FormatCsvIsTheCsvExportAsAFile()
    {
        var cli = CliRunner.Run("opportunities", "--format", "csv", "--db", server.Db);

        using var response = await server.Client(Role.Analyst).GetAsync(Path + "?format=csv", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("product-launch-opportunities.csv", response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName);
        var csv = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out, csv);
        Assert.Equal(OpportunityCsv.Columns, OpportunityCsvTests.Parse(csv)[0]);
    }

    [Fact]
    public async Task AnAcceptHeaderForCsvGetsTheCsvToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await server.Client(Role.Admin).SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("rank,touchpoint,name,", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=xml", "'xml'")]
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
        using var response = await server.Client(Role.Analyst).GetAsync("/api/v1/journeys/nope/opportunities", Cancel);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
