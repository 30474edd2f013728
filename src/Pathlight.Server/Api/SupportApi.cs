using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Facts;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys/{id}/support</c>: the same JSON as <c>pathlight support --format json</c>.</summary>
public static class SupportApi
{
    public static RouteGroupBuilder MapSupportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/support").WithTags("Support").RequireAuthorization(Policies.Read);
        group.MapGet("/", Get).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Per causing touchpoint: cases per 1,000 interactions, time to recover, first-contact resolution, reopen rate, churn and NPS with against without a case.");
        return group;
    }

    internal static FileContentHttpResult Get(string journeyId, [AsParameters] ScorecardQuery query, DuckDbStore store)
    {
        var filter = FactFilter.Parse(query.From, query.To, query.Where);
        var journey = store.GetJourney(journeyId);
        var report = SupportReportBuilder.Build(journey, store.GetSupport(journey, filter), filter.From, filter.To);
        using var json = new MemoryStream();
        SupportJson.Write(report, json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }
}
