using System.Net;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Api;

public sealed class TimelineApiTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Journey = $"/api/v1/journeys/{ServerFixture.JourneyId}";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACustomersTimelineIsTheJsonThatTheCliPrints()
    {
        var customer = server.Store.GetCustomerScores(server.Store.GetJourney(null), FactFilter.All)
            .First(c => c.Scores.Count >= 2).CustomerId;
        var cli = CliRunner.Run("customer", customer, "--format", "json", "--db", server.Db);

        using var response = await server.Client(Role.Analyst).GetAsync($"{Journey}/customers/{Uri.EscapeDataString(customer)}", Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        using var document = JsonDocument.Parse(api);
        Assert.True(document.RootElement.GetProperty("experience").GetProperty("answers").GetInt32() >= 2);
    }

    [Fact]
    public async Task AnUnknownCustomerIsANotFoundProblem()
    {
        using var response = await server.Client(Role.Admin).GetAsync($"{Journey}/customers/no-such-customer", Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no customer 'no-such-customer'", problem.Detail(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?outcome=return", new[] { "--outcome", "return" })]
    [InlineData("?outcome=recommend&where=region%3Dnorth", new[] { "--outcome", "recommend", "--where", "region=north" })]
    public async Task TheMomentsAreTheJsonThatTheCliPrints(string query, string[] options)
    {
        var cli = CliRunner.Run(["moments", "--format", "json", "--db", server.Db, .. options]);

        using var response = await server.Client(Role.Analyst).GetAsync($"{Journey}/moments{query}", Cancel);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(cli.Out.TrimEnd('\r', '\n'), api);
        using var document = JsonDocument.Parse(api);
        Assert.True(document.RootElement.GetProperty("n").GetInt32() > 0);
    }

    [Fact]
    public async Task AnUnknownOutcomeIsABadRequest()
    {
        using var response = await server.Client(Role.Analyst).GetAsync($"{Journey}/moments?outcome=churn", Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("nps, recommend, return", problem.Detail(), StringComparison.Ordinal);
    }
}
