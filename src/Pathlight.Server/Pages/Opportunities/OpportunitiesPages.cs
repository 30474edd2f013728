using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Server.Access;
using Pathlight.Server.Api;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages.Opportunities;

/// <summary>
/// The opportunity backlog page, <c>/journeys/{id}/opportunities</c>, and its CSV download,
/// <c>/journeys/{id}/opportunities.csv</c>: the same file as the API's <c>?format=csv</c>, under the dashboard's cookie
/// (the API wants a key, which a browser link cannot send).
/// </summary>
public static class OpportunitiesPages
{
    public static RouteGroupBuilder MapOpportunitiesPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/journeys/{id}").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/opportunities", Show);
        group.MapGet("/opportunities.csv", Download);
        return group;
    }

    internal static RazorComponentResult Show(string id, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        var journeys = store.ListJourneys();
        if (!journeys.Any(j => j.Id == id)) return Missing(id);

        var journey = store.GetJourney(id);
        var context = new DashboardContext(journey, journeys, DashboardFilter.Read(query), store.GetSegmentValues(journey),
            user.Identity?.Name, "opportunities");
        return new RazorComponentResult<OpportunitiesPage>(new
        {
            Context = context,
            Report = store.GetOpportunities(journey, context.Filter.Facts),
        });
    }

    internal static Results<FileContentHttpResult, RazorComponentResult> Download(string id, [AsParameters] DashboardQuery query, DuckDbStore store)
    {
        if (!store.ListJourneys().Any(j => j.Id == id)) return Missing(id);
        var journey = store.GetJourney(id);
        return OpportunitiesApi.Csv(store.GetOpportunities(journey, DashboardFilter.Read(query).Facts));
    }

    private static RazorComponentResult Missing(string id) => new RazorComponentResult<MessagePage>(new
    {
        Heading = "No such journey",
        Text = $"There is no journey '{id}' in this store.",
        Link = "/",
        LinkText = "Go to the first journey",
    })
    { StatusCode = StatusCodes.Status404NotFound };
}
