using System.Net;
using Pathlight.Access;

namespace Pathlight.Tests.Server.Api;

/// <summary>The answers routing gives before any handler runs are problem details with a detail too.</summary>
public sealed class StatusProblemTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APathNothingAnswersIsANotFoundProblem()
    {
        using var response = await server.Client(Role.Admin).GetAsync("/api/v1/nothing-here", Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("/api/v1/nothing-here", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMethodTheRouteDoesNotTakeIsAMethodNotAllowedProblem()
    {
        using var response = await server.Client(Role.Admin).DeleteAsync($"/api/v1/journeys/{ServerFixture.JourneyId}", Cancel);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("DELETE", problem.Detail(), StringComparison.Ordinal);
    }
}
