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
        var journeys = store.ListJourneys();
        if (!journeys.Any(j => j.Id == id))
        {
            return new RazorComponentResult<MessagePage>(new
            {
                Heading = "No such journey",
                Text = $"There is no journey '{id}' in this store.",
                Link = "/",
                LinkText = "Go to the first journey",
            })
            { StatusCode = StatusCodes.Status404NotFound };
        }

        var journey = store.GetJourney(id);
        var context = new DashboardContext(journey, journeys, DashboardFilter.Read(query), store.GetSegmentValues(journey),
            user.Identity?.Name, "paths");
        var report = store.GetPaths(journey, context.Filter.Facts);
        return new RazorComponentResult<PathsPage>(new
        {
            Context = context,
            Report = report,
            Sankey = PathsSankey.Build(journey, report),
        });
    }
}
