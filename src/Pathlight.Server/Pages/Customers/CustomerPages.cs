using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Server.Pages.Customers;

/// <summary>
/// The dashboard's customer pages: a search by customer id with the first / last / peak analysis of the journey, and one
/// customer's timeline. The figures come from the same core code as <c>pathlight customer</c> and <c>pathlight moments</c>.
/// </summary>
public static class CustomerPages
{
    public static RouteGroupBuilder MapCustomerPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/journeys/{id}/customers").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/", Index).WithSummary("Customer search and the first/last/peak analysis (HTML).");
        group.MapGet("/{customerId}", Customer).WithSummary("A customer's timeline (HTML).");
        return group;
    }

    internal static IResult Index(string id, string? customer, string? outcome, [AsParameters] DashboardQuery query, DuckDbStore store,
        ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "customers") is not { } context) return DashboardPages.NoSuchJourney(id);
        if (!string.IsNullOrWhiteSpace(customer))
        {
            return TypedResults.Redirect(CustomerPath(context, customer.Trim()));
        }

        var chosen = MomentsOutcome.Nps;
        string? error = null;
        try
        {
            chosen = MomentsOutcomes.Parse(outcome);
        }
        catch (PathlightException e)
        {
            error = e.Message + " Showing likelihood to recommend instead.";
        }

        var report = MomentsAnalysis.Analyze(context.Journey, store.GetCustomerScores(context.Journey, context.Filter.Facts), chosen);
        return new RazorComponentResult<CustomersPage>(new { Context = context, Report = report, OutcomeError = error });
    }

    internal static IResult Customer(string id, string customerId, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "customers") is not { } context) return DashboardPages.NoSuchJourney(id);

        var facts = store.GetCustomerFacts(context.Journey.Id, customerId);
        if (facts.Count == 0)
        {
            return new RazorComponentResult<CustomerMissingPage>(new { Context = context, CustomerId = customerId })
            {
                StatusCode = StatusCodes.Status404NotFound,
            };
        }

        return new RazorComponentResult<CustomerPage>(new
        {
            Context = context,
            Timeline = TimelineBuilder.Build(context.Journey, customerId, facts),
        });
    }

    internal static string SearchPath(DashboardContext context) => context.MapPath + "/customers";

    internal static string CustomerPath(DashboardContext context, string customerId) =>
        SearchPath(context) + "/" + Uri.EscapeDataString(customerId);
}
