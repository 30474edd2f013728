using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Hosting;

/// <summary><c>/healthz</c>: the server is up and its store answers.</summary>
public static class HealthApi
{
    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).WithTags("Health").AllowAnonymous().WithSummary("Whether the server and its store answer.");

    /// <summary>The health answer.</summary>
    public sealed record Health(string Status, int SchemaVersion);

    internal static Results<Ok<Health>, ProblemHttpResult> Check(DuckDbStore store)
    {
        try
        {
            return TypedResults.Ok(new Health("ok", store.SchemaVersion()));
        }
        catch (PathlightException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable");
        }
    }
}
