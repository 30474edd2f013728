using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Identity;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys/{id}/identities/shared</c>: the over-merge report, as <c>pathlight identities shared --format json</c>.</summary>
public static class IdentitiesApi
{
    public static RouteGroupBuilder MapIdentitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/identities").WithTags("Customers").RequireAuthorization(Policies.Read);
        group.MapGet("/shared", Shared).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Identifiers seen with more customer_ids than the journey allows: kept, but merging no one.");
        return group;
    }

    internal static FileContentHttpResult Shared(string journeyId, DuckDbStore store)
    {
        var journey = store.GetJourney(journeyId);
        using var body = new MemoryStream();
        SharedIdentifiersJson.Write(journey, store.GetSharedIdentifiers(journey), body);
        return TypedResults.Bytes(body.ToArray(), "application/json");
    }
}
