using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Server.Api;

/// <summary>
/// <c>/api/v1/journeys/{id}/customers/{customerId}</c> and <c>/api/v1/journeys/{id}/moments</c>: the same JSON as
/// <c>pathlight customer ID --format json</c> and <c>pathlight moments --format json</c>. The customer id is one of the
/// customer's customer_ids or their key; the timeline is the stitched customer's, with identifiers and history.
/// </summary>
public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}").WithTags("Customers").RequireAuthorization(Policies.Read);
        group.MapGet("/customers/{customerId}", Customer).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A customer's interactions, responses, cases and outcomes in time order, with their running experience.");
        group.MapGet("/moments", Moments).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("How much customers' first, last, best and worst contacts weigh beyond their average as predictors of the overall outcome.");
        return group;
    }

    internal static FileContentHttpResult Customer(string journeyId, string customerId, DuckDbStore store)
    {
        var journey = store.GetJourney(journeyId);
        var timeline = store.GetCustomerTimeline(journey, new Identifier(IdentifierKinds.CustomerId, customerId));
        using var json = new MemoryStream();
        TimelineJson.Write(timeline, json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }

    internal static FileContentHttpResult Moments(string journeyId, [AsParameters] MomentsQuery query, DuckDbStore store)
    {
        var outcome = MomentsOutcomes.Parse(query.Outcome);
        var filter = FactFilter.Parse(query.From, query.To, query.Where);
        var journey = store.GetJourney(journeyId);
        var report = MomentsAnalysis.Analyze(journey, store.GetCustomerScores(journey, filter), outcome);
        using var json = new MemoryStream();
        MomentsJson.Write(report, json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }
}
