using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;

namespace Pathlight.Server.Pages.Support;

/// <summary>The dashboard's support-experience view, <c>/journeys/{id}/support</c>, from the same report as <c>pathlight support</c>.</summary>
public static class SupportPages
{
    public static RouteGroupBuilder MapSupportPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/journeys/{id}/support", Show).WithSummary("Support experience per causing touchpoint (HTML).");
        return group;
    }

    internal static RazorComponentResult Show(string id, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "support") is not { } context) return DashboardPages.NoSuchJourney(id);

        var journey = context.Journey;
        var filter = context.Filter.Facts;
        return new RazorComponentResult<SupportPage>(new
        {
            Context = context,
            Report = SupportReportBuilder.Build(journey, store.GetSupport(journey, filter), filter.From, filter.To),
        });
    }
}
