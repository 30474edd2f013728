using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pathlight.Identity;
using Pathlight.Server.Access;
using Pathlight.Server.Surveys;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Server.Pages.Customers;

/// <summary>
/// The dashboard's customer pages: a search by customer id or any identifier with the first / last / peak analysis of the
/// journey, and one stitched customer's timeline with their identifiers and how they were stitched. The figures come
/// from the same core code as <c>pathlight customer</c> and <c>pathlight moments</c>. The search form posts, so an
/// e-mail address or phone number typed into it never lands in a URL, browser history or access log.
/// </summary>
public static class CustomerPages
{
    public static RouteGroupBuilder MapCustomerPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/journeys/{id}/customers").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/", Index).WithSummary("Customer search and the first/last/peak analysis (HTML).");
        group.MapPost("/", Search).WithSummary("Find a customer by id or identifier and go to their timeline (HTML form).");
        group.MapGet("/{customerId}", Customer).WithSummary("A customer's timeline (HTML).");
        return group;
    }

    internal static IResult Index(string id, string? customer, string? outcome, [AsParameters] DashboardQuery query, DuckDbStore store,
        ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "customers") is not { } context) return DashboardPages.NoSuchJourney(id);
        if (!string.IsNullOrWhiteSpace(customer))
        {
            return Find(context, store, customer, StatusCodes.Status302Found);
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

    internal static IResult Search(string id, [FromForm] CustomerSearchForm form, DuckDbStore store, ClaimsPrincipal user)
    {
        var noFilter = new DashboardQuery(null, null, null, null);
        if (DashboardPages.ContextFor(id, noFilter, store, user, "customers") is not { } context) return DashboardPages.NoSuchJourney(id);

        return Find(context, store, form.Customer ?? "", StatusCodes.Status303SeeOther);
    }

    internal static IResult Customer(string id, string customerId, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        if (DashboardPages.ContextFor(id, query, store, user, "customers") is not { } context) return DashboardPages.NoSuchJourney(id);

        var key = customerId.Trim().Length is > 0 and <= IdentifierNormalizer.MaxLength
            ? store.FindCustomer(context.Journey, new Identifier(IdentifierKinds.CustomerId, customerId))
            : null;
        if (key is null)
        {
            return Missing(context, customerId, null);
        }

        if (key != customerId)
        {
            // Another customer_id of a stitched customer: their page lives at their key.
            return TypedResults.Redirect(CustomerPath(context, key));
        }

        try
        {
            return new RazorComponentResult<CustomerPage>(new
            {
                Context = context,
                Timeline = store.GetCustomerTimeline(context.Journey, new Identifier(IdentifierKinds.CustomerId, key)),
            });
        }
        catch (NotFoundException e)
        {
            return Missing(context, customerId, e.Message);
        }
    }

    private static IResult Find(DashboardContext context, DuckDbStore store, string text, int redirectStatus)
    {
        var (key, problem) = CustomerLookup.Resolve(store, context.Journey, text);
        if (key is null)
        {
            return Missing(context, text.Trim(), problem);
        }

        var path = CustomerPath(context, key);
        return redirectStatus == StatusCodes.Status303SeeOther ? new SeeOtherResult(path) : TypedResults.Redirect(path);
    }

    private static RazorComponentResult Missing(DashboardContext context, string customer, string? problem) =>
        new RazorComponentResult<CustomerMissingPage>(new { Context = context, CustomerId = customer, Problem = problem })
        {
            StatusCode = StatusCodes.Status404NotFound,
        };

    internal static string SearchPath(DashboardContext context) => context.MapPath + "/customers";

    internal static string CustomerPath(DashboardContext context, string customerId) =>
        SearchPath(context) + "/" + Uri.EscapeDataString(customerId);
}
