using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Drivers;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages.Drivers;

/// <summary>
/// The key-driver page: <c>/journeys/{id}/drivers</c> explains would-recommend, <c>/journeys/{id}/drivers/{outcome}</c>
/// another outcome. The outcome is part of the path so the filter form (a GET form, whose action loses any query)
/// keeps it.
/// </summary>
public static class DriversPages
{
    public static RouteGroupBuilder MapDriversPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/journeys/{id}/drivers").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/", (string id, string? outcome, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user) =>
            Page(id, outcome, query, store, user)).WithSummary("Key drivers of would-recommend (HTML).");
        group.MapGet("/{outcome}", Page).WithSummary("Key drivers for one outcome (HTML).");
        return group;
    }

    internal static RazorComponentResult Page(string id, string? outcome, [AsParameters] DashboardQuery query, DuckDbStore store,
        ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "drivers") is not { } context) return DashboardPages.NoSuchJourney(id);

        DriverOutcome chosen;
        try
        {
            chosen = DriverOutcomes.Parse(outcome);
        }
        catch (PathlightException e)
        {
            return Message("No such outcome", e.Message, StatusCodes.Status404NotFound);
        }

        return new RazorComponentResult<DriversPage>(new
        {
            Context = context,
            Report = store.GetDrivers(context.Journey, context.Filter.Facts, chosen),
        });
    }

    private static RazorComponentResult Message(string heading, string text, int status) =>
        new RazorComponentResult<MessagePage>(new { Heading = heading, Text = text, Link = "/", LinkText = "Go to the first journey" })
        {
            StatusCode = status,
        };
}
