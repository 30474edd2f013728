using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.AtRisk;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages.AtRisk;

/// <summary><c>/journeys/{id}/at-risk</c>: the follow-up list of customers at risk, with their reasons.</summary>
public static class AtRiskPages
{
    /// <summary>Rows shown on the page; the API and the CLI give the whole list.</summary>
    internal const int MaxRows = 500;

    public static RouteGroupBuilder MapAtRiskPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/journeys/{id}/at-risk").RequireAuthorization(Policies.Dashboard);
        group.MapGet("", Show);
        return group;
    }

    internal static RazorComponentResult Show(string id, [AsParameters] AtRiskPageQuery query, DuckDbStore store, ClaimsPrincipal user,
        TimeProvider time)
    {
        var journeys = store.ListJourneys();
        if (!journeys.Any(j => j.Id == id)) return DashboardPages.NoSuchJourney(id);

        var journey = store.GetJourney(id);
        var context = new DashboardContext(journey, journeys, DashboardFilter.Read(new DashboardQuery(null, null, null, null)),
            new Dictionary<string, IReadOnlyList<string>>(), user.Identity?.Name, "at-risk");
        var now = time.GetUtcNow().UtcDateTime;
        string? error = null;
        AtRiskWindow window;
        try
        {
            window = store.AtRiskWindowFor(journey, Days(query.Days), query.AsOf, now);
        }
        catch (PathlightException e)
        {
            error = e.Message.Replace("--", "", StringComparison.Ordinal) + " Showing the default list instead.";
            window = store.AtRiskWindowFor(journey, AtRiskWindow.DefaultDays, null, now);
        }

        return new RazorComponentResult<AtRiskPage>(new
        {
            Context = context,
            List = store.GetAtRisk(journey, window),
            DaysText = query.Days,
            AsOfText = query.AsOf,
            Error = error,
        });
    }

    private static int Days(string? text) =>
        string.IsNullOrWhiteSpace(text) ? AtRiskWindow.DefaultDays
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days
        : throw new PathlightException($"--days '{text}' is not a whole number of days.");
}
