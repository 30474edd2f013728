using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Identity;
using Pathlight.Server.Access;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary>
/// <c>/api/v1/privacy</c> (admin): export and erase a customer by any identifier, and the erasure log. Identifiers
/// travel in POST bodies only, so they never appear in URLs or access logs; the log names the key, never the person.
/// </summary>
public static class PrivacyApi
{
    public static RouteGroupBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/privacy").WithTags("Privacy").RequireAuthorization(Policies.Admin);
        group.MapPost("/export", Export).Accepts<PrivacyRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Everything held about the customer an identifier belongs to, in every journey, as `pathlight export` writes it (admin).");
        group.MapPost("/erase", Erase).Accepts<PrivacyRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Erase the customer an identifier belongs to from every journey; answers the erasure id and counts (admin).");
        group.MapGet("/erasures", Erasures).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("The erasure log: every erasure and retention run with its counts, never who (admin).");
        return group;
    }

    internal static FileContentHttpResult Export(PrivacyRequest request, DuckDbStore store, ClaimsPrincipal user, ILoggerFactory loggers)
    {
        var identifier = Read(request);
        using var body = new MemoryStream();
        int found;
        using (var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            found = store.ExportCustomer(identifier, json);
        }

        Log.CustomerExported(Logger(loggers), KeyId(user), found);
        return TypedResults.Bytes(body.ToArray(), "application/json");
    }

    internal static FileContentHttpResult Erase(PrivacyRequest request, DuckDbStore store, ClaimsPrincipal user, ILoggerFactory loggers)
    {
        var identifier = Read(request);
        if (store.EraseCustomer(identifier) is not { } erasure)
        {
            Log.CustomerNotErased(Logger(loggers), KeyId(user));
            throw new NotFoundException($"No journey knows {identifier}; nothing was erased.");
        }

        Log.CustomerErased(Logger(loggers), KeyId(user), erasure.Id, erasure.Removed.Facts, erasure.Removed.Identifiers, erasure.Removed.Journeys);
        using var body = new MemoryStream();
        ErasureJson.Write(erasure, body);
        return TypedResults.Bytes(body.ToArray(), "application/json");
    }

    internal static FileContentHttpResult Erasures(DuckDbStore store)
    {
        using var body = new MemoryStream();
        ErasureJson.WriteLog(store.ListErasures(), body);
        return TypedResults.Bytes(body.ToArray(), "application/json");
    }

    private static Identifier Read(PrivacyRequest? request) =>
        request?.Identifier is { Length: > 0 } text
            ? Identifier.Parse(text)
            : throw new PathlightException("The body must be a JSON object with the person's identifier: {\"identifier\": \"email:ann@example.com\"}.");

    private static string KeyId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger("Pathlight.Server.Privacy");
}
