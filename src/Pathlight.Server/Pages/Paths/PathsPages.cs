using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages.Paths;

/// <summary>The dashboard's paths page: the flow as a Sankey diagram, the shares off the planned order, common paths.</summary>
public static class PathsPages
{
    public static RouteGroupBuilder MapPathsPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/journeys/{id}/paths", Paths).WithSummary("Paths and the Sankey flow (HTML).");
        return group;
    }

    internal static RazorComponentResult Paths(string id, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "paths") is not { } context) return DashboardPages.NoSuchJourney(id);

        var journey = context.Journey;
        var report = store.GetPaths(journey, context.Filter.Facts);
        return new RazorComponentResult<PathsPage>(new
        {
            Context = context,
            Report = report,
            Sankey = PathsSankey.Build(journey, report),
        });
    }
}
