using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys/{id}/drivers</c>: the same JSON as <c>pathlight drivers --format json</c>.</summary>
public static class DriversApi
{
    public static RouteGroupBuilder MapDriversApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/drivers").WithTags("Drivers").RequireAuthorization(Policies.Read);
        group.MapGet("/", Get).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Key-driver analysis: each touchpoint's r with the outcome, its share of R² (LMG) and its importance × performance quadrant.");
        return group;
    }

    internal static FileContentHttpResult Get(string journeyId, [AsParameters] DriversQuery query, DuckDbStore store)
    {
        var outcome = DriverOutcomes.Parse(query.Outcome);
        var filter = FactFilter.Parse(query.From, query.To, query.Where);
        var journey = store.GetJourney(journeyId);
        using var json = new MemoryStream();
        DriverJson.Write(store.GetDrivers(journey, filter, outcome), json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }
}
