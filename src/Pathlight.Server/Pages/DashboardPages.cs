using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Metrics;
using Pathlight.Scorecards;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages;

/// <summary>
/// The dashboard: server-rendered pages (Razor components rendered statically, no client framework) behind the
/// sign-in cookie. Every figure comes from the store's sufficient statistics through the scorecard code the CLI uses.
/// </summary>
public static class DashboardPages
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents();
        return services;
    }

    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", SignIn).AllowAnonymous().WithSummary("Dashboard sign-in page (HTML).");
        var group = app.MapGroup("").RequireAuthorization(Policies.Dashboard);
        group.MapGet("/", Home).WithSummary("The first journey's map (HTML).");
        group.MapGet("/journeys/{id}", Map).WithSummary("Journey map: lights, gaps, emotion curve, three questions (HTML).");
        group.MapGet("/journeys/{id}/trends", Trends).WithSummary("Weekly or monthly trends per touchpoint (HTML).");
        return group;
    }

    internal static RazorComponentResult SignIn(string? error, string? signedout, string? returnUrl) =>
        new RazorComponentResult<SignInPage>(new
        {
            Error = error,
            SignedOut = signedout is not null,
            ReturnUrl = returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/",
        });

    internal static RazorComponentResult Home([AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        var journeys = store.ListJourneys();
        if (journeys.Count == 0)
        {
            return new RazorComponentResult<MessagePage>(new
            {
                Heading = "No journey loaded",
                Text = "This store has no journey yet. Load one with `pathlight init --journey FILE`, or try `pathlight demo`.",
            });
        }

        return Map(journeys[0].Id, query, store, user);
    }

    internal static RazorComponentResult Map(string id, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        if (ContextFor(id, query, store, user, "map") is not { } context) return NoSuchJourney(id);

        var journey = context.Journey;
        var filter = context.Filter.Facts;
        var statistics = store.GetStatistics(journey, filter);
        return new RazorComponentResult<JourneyMapPage>(new
        {
            Context = context,
            Card = ScorecardBuilder.Build(journey, statistics, filter.From, filter.To),
            Emotion = EmotionCurve.Build(journey, statistics),
        });
    }

    internal static RazorComponentResult Trends(string id, [AsParameters] DashboardQuery query, DuckDbStore store, ClaimsPrincipal user)
    {
        if (ContextFor(id, query, store, user, "trends") is not { } context) return NoSuchJourney(id);

        var journey = context.Journey;
        var filter = context.Filter.Facts;
        var automatic = context.Filter.Period == "auto";
        var period = context.Filter.Period == "month" ? TrendPeriod.Month : TrendPeriod.Week;
        var periods = store.GetTrend(journey, filter, period);
        if (automatic && periods.Count > 0
            && TrendPeriods.Choose(periods[0].Start, TrendPeriods.Next(periods[^1].Start, period)) == TrendPeriod.Month)
        {
            period = TrendPeriod.Month;
            periods = store.GetTrend(journey, filter, period);
        }

        return new RazorComponentResult<TrendsPage>(new
        {
            Context = context,
            View = TrendView.Build(journey, periods, period, automatic),
        });
    }

    /// <summary>The page context for a journey and its filters, or null when the store has no such journey.</summary>
    internal static DashboardContext? ContextFor(string id, DashboardQuery query, DuckDbStore store, ClaimsPrincipal user, string section)
    {
        var journeys = store.ListJourneys();
        if (!journeys.Any(j => j.Id == id)) return null;

        var journey = store.GetJourney(id);
        return new DashboardContext(journey, journeys, DashboardFilter.Read(query), store.GetSegmentValues(journey),
            user.Identity?.Name, section);
    }

    /// <summary>The 404 page every dashboard page shows for a journey the store does not have.</summary>
    internal static RazorComponentResult NoSuchJourney(string id) =>
        new RazorComponentResult<MessagePage>(new
        {
            Heading = "No such journey",
            Text = $"There is no journey '{id}' in this store.",
            Link = "/",
            LinkText = "Go to the first journey",
        })
        { StatusCode = StatusCodes.Status404NotFound };
}
