using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Server.Access;
using Pathlight.Server.Hosting;
using Pathlight.Server.Webhooks;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary>
/// <c>POST /api/v1/journeys/{id}/{kind}</c>: facts as a JSON array, NDJSON or CSV, with a result per item.
/// The same parser as file imports; the whole request is one transaction; idempotent by id.
/// </summary>
public static class IngestApi
{
    // Routing answers 415 for any type not listed in Accepts, so this one list serves both.
    private static readonly (string MediaType, ImportFormat Format)[] MediaTypes =
    [
        ("application/json", ImportFormat.Json),
        ("application/x-ndjson", ImportFormat.Ndjson),
        ("application/ndjson", ImportFormat.Ndjson),
        ("application/jsonl", ImportFormat.Ndjson),
        ("application/x-jsonlines", ImportFormat.Ndjson),
        ("text/csv", ImportFormat.Csv),
    ];

    public static RouteGroupBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}").WithTags("Ingest").RequireAuthorization(Policies.Ingest);
        group.MapPost("/{kind:regex(^(interactions|responses|cases|outcomes)$)}", Post)
            .Accepts<IReadOnlyList<Dictionary<string, object>>>(MediaTypes[0].MediaType, [.. MediaTypes.Skip(1).Select(m => m.MediaType)])
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Post interactions, responses, cases or outcomes; each item is accepted, a duplicate or rejected with its reason.");
        return group;
    }

    internal static async Task<Ok<IngestResult>> Post(string journeyId, string kind, HttpContext context, DuckDbStore store,
        IOptions<PathlightOptions> options, ILoggerFactory loggers)
    {
        var limit = options.Value.MaxIngestBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The request body is larger than {limit} bytes; split it.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var journey = store.GetJourney(journeyId);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        body.Position = 0;
        if (!FactKinds.TryParse(kind, out var factKind))
        {
            throw new NotFoundException($"'{kind}' is not a kind of fact; use {string.Join(", ", FactKinds.All)}.");
        }

        using var reader = SourceReader.Open(body, FormatOf(context.Request.ContentType), leaveOpen: true);
        if (reader.Columns is { } columns && FactParser.CheckColumns(factKind, columns) is { } problem)
        {
            throw new PathlightException(problem);
        }

        using var writer = store.OpenWriter(journey, factKind);
        var items = ItemImporter.Import(reader.ReadRecords(context.RequestAborted), new FactParser(factKind, journey),
            writer.WriteReturningIds);
        var result = IngestResult.Of(items);
        Log.Ingested(loggers.CreateLogger("Pathlight.Server.Api"), kind, journey.Id, result.Accepted, result.Duplicates, result.Rejected);
        if (result.Accepted > 0) WebhookExtensions.AfterWrite(store, journey, loggers);
        return TypedResults.Ok(result);
    }

    private static ImportFormat FormatOf(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        if (string.IsNullOrEmpty(mediaType))
        {
            return ImportFormat.Json;
        }

        foreach (var (accepted, format) in MediaTypes)
        {
            if (accepted.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        throw new BadHttpRequestException(
            $"Content-Type {mediaType} is not accepted; send application/json (an array), application/x-ndjson or text/csv.",
            StatusCodes.Status415UnsupportedMediaType);
    }
}
