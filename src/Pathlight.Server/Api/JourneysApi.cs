using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Journeys;
using Pathlight.Server.Access;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary><c>/api/v1/journeys</c>: list journeys, read a definition, replace it (validated as the CLI does).</summary>
public static class JourneysApi
{
    public static RouteGroupBuilder MapJourneysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys").WithTags("Journeys");
        group.MapGet("/", List).RequireAuthorization(Policies.Read).WithSummary("The journeys loaded, with fact counts.");
        group.MapGet("/{journeyId}", Get).RequireAuthorization(Policies.Read)
            .WithSummary("A journey's definition: its YAML text and its stages and touchpoints.");
        group.MapPut("/{journeyId}", Replace).RequireAuthorization(Policies.Admin)
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .WithSummary("Load or replace a journey from its YAML definition (admin).");
        return group;
    }

    internal static Ok<IReadOnlyList<JourneySummary>> List(DuckDbStore store) => TypedResults.Ok(store.ListJourneys());

    internal static Ok<JourneyDefinition> Get(string journeyId, DuckDbStore store) =>
        TypedResults.Ok(JourneyDefinition.Of(store.GetJourney(journeyId)));

    internal static async Task<Results<Ok<JourneyDefinition>, Created<JourneyDefinition>>> Replace(
        string journeyId, HttpRequest request, DuckDbStore store, ILoggerFactory loggers)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var journey = JourneyFile.Parse(text, "request body");
        if (journey.Id != journeyId)
        {
            throw new PathlightException(
                string.Create(CultureInfo.InvariantCulture, $"The definition's id is '{journey.Id}' but the URL names '{journeyId}'."));
        }

        var existed = store.ListJourneys().Any(j => j.Id == journeyId);
        store.SaveJourney(journey);
        Log.JourneyReplaced(loggers.CreateLogger("Pathlight.Server.Api"), journeyId);
        var body = JourneyDefinition.Of(journey);
        return existed ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/journeys/{journeyId}", body);
    }
}
