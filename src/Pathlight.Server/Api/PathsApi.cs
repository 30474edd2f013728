using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Facts;
using Pathlight.Paths;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys/{id}/paths</c>: the same JSON as <c>pathlight paths --format json</c>.</summary>
public static class PathsApi
{
    public static RouteGroupBuilder MapPathsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/paths").WithTags("Paths").RequireAuthorization(Policies.Read);
        group.MapGet("/", Get).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Transitions between touchpoints, shares of customers on the planned path, on a detour, in support "
                + "or dropping off, the most common paths, where customers leave, and the flow per step.");
        return group;
    }

    internal static FileContentHttpResult Get(string journeyId, [AsParameters] ScorecardQuery query, DuckDbStore store)
    {
        var filter = FactFilter.Parse(query.From, query.To, query.Where);
        var journey = store.GetJourney(journeyId);
        using var json = new MemoryStream();
        PathsJson.Write(store.GetPaths(journey, filter), json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }
}
