using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Facts;
using Pathlight.Scorecards;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys/{id}/scorecard</c>: the same JSON as <c>pathlight scorecard --format json</c>.</summary>
public static class ScorecardApi
{
    public static RouteGroupBuilder MapScorecardApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/scorecard").WithTags("Scorecard").RequireAuthorization(Policies.Read);
        group.MapGet("/", Get).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Each touchpoint's light, gap, NPS, CSAT, CES, three questions and KPI; per stage and overall.");
        return group;
    }

    internal static FileContentHttpResult Get(string journeyId, [AsParameters] ScorecardQuery query, DuckDbStore store)
    {
        var filter = FactFilter.Parse(query.From, query.To, query.Where);
        var journey = store.GetJourney(journeyId);
        var card = ScorecardBuilder.Build(journey, store.GetStatistics(journey, filter), filter.From, filter.To);
        using var json = new MemoryStream();
        ScorecardJson.Write(card, json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }
}
