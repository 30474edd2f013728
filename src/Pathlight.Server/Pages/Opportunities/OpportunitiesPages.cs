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
        if (DashboardPages.ContextFor(id, query, store, user, "opportunities") is not { } context) return DashboardPages.NoSuchJourney(id);

        return new RazorComponentResult<OpportunitiesPage>(new
        {
            Context = context,
            Report = store.GetOpportunities(context.Journey, context.Filter.Facts),
        });
    }

    internal static Results<FileContentHttpResult, RazorComponentResult> Download(string id, [AsParameters] DashboardQuery query, DuckDbStore store)
    {
        if (!store.ListJourneys().Any(j => j.Id == id)) return DashboardPages.NoSuchJourney(id);
        var journey = store.GetJourney(id);
        return OpportunitiesApi.Csv(store.GetOpportunities(journey, DashboardFilter.Read(query).Facts));
    }
}
