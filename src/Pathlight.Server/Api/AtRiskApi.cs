using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.AtRisk;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys/{id}/at-risk</c>: the same JSON as <c>pathlight at-risk --format json</c>.</summary>
public static class AtRiskApi
{
    public static RouteGroupBuilder MapAtRiskApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/at-risk").WithTags("At risk").RequireAuthorization(Policies.Read);
        group.MapGet("/", Get).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Customers at risk now (a low score at a red touchpoint, an open or reopened case, a detractor answer), with their reasons.");
        return group;
    }

    internal static FileContentHttpResult Get(string journeyId, [AsParameters] AtRiskQuery query, DuckDbStore store, TimeProvider time)
    {
        var journey = store.GetJourney(journeyId);
        var window = store.AtRiskWindowFor(journey, query.Days ?? AtRiskWindow.DefaultDays, query.AsOf, time.GetUtcNow().UtcDateTime);
        using var json = new MemoryStream();
        AtRiskJson.Write(store.GetAtRisk(journey, window), json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }
}
