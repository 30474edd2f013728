using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Server.Hosting;
using Pathlight.Server.Webhooks;
using Pathlight.Storage.DuckDb;
using Pathlight.Surveys;

namespace Pathlight.Server.Surveys;

/// <summary>
/// The public survey pages: <c>GET /s/{journey}/{touchpoint}?t=TOKEN[&amp;c=CUSTOMER]</c> shows the form,
/// <c>POST</c> to the same link stores the answer as a response through the import path, and
/// <c>/s/{journey}/{touchpoint}/thanks</c> thanks the customer. Only a signed link opens the form.
/// </summary>
public static class SurveyPages
{
    internal const string LogCategory = "Pathlight.Server.Surveys";

    public static RouteGroupBuilder MapSurveys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/s/{journeyId}/{touchpointId}").WithTags("Survey pages").AllowAnonymous();
        group.AddEndpointFilter(async (context, next) =>
        {
            SetHeaders(context.HttpContext.Response);
            return await next(context);
        });
        group.MapGet("", Show).WithSummary("A touchpoint's survey form, for a signed link (HTML).");
        group.MapPost("", AnswerAsync).RequireRateLimiting(SurveyRateLimit.Policy).WithMetadata(new RequireAntiforgeryTokenAttribute())
            .WithSummary("Store a survey answer (form post, rate-limited).");
        group.MapGet("/thanks", Thanks).WithSummary("Thank-you page (HTML).");
        return group;
    }

    internal static Results<RazorComponentResult<SurveyPage>, RazorComponentResult<SurveyMessage>> Show(
        string journeyId, string touchpointId, [FromQuery(Name = "t")] string? token, [FromQuery(Name = "c")] string? customerId,
        HttpContext context, DuckDbStore store, SurveyLinks links, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        if (Find(journeyId, touchpointId, token, customerId, store, links, loggers, out var refusal) is not { } target)
        {
            return refusal!;
        }

        return Form(target, context, antiforgery, answer: null, error: null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<SeeOtherResult, RazorComponentResult<SurveyPage>, RazorComponentResult<SurveyMessage>>> AnswerAsync(
        string journeyId, string touchpointId, [FromQuery(Name = "t")] string? token, [FromQuery(Name = "c")] string? customerId,
        HttpContext context, DuckDbStore store, SurveyLinks links, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(LogCategory);
        if (Find(journeyId, touchpointId, token, customerId, store, links, loggers, out var refusal) is not { } target)
        {
            return refusal!;
        }

        // The antiforgery middleware has checked the token; the form may be read only when it passed.
        var validToken = context.Features.Get<IAntiforgeryValidationFeature>()?.IsValid ?? await antiforgery.IsRequestValidAsync(context);
        if (!validToken || !context.Request.HasFormContentType)
        {
            Log.SurveyFormRefused(logger, target.Journey.Id, target.Touchpoint.Id);
            return SurveyMessages.Expired(target.Url);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var answer = new SurveyAnswer(Field(form, "nps"), Field(form, "expectation"), Field(form, "reality"),
            Field(form, "expectations_met"), Field(form, "would_return"), Field(form, "would_recommend"),
            Field(form, "comment")?.ReplaceLineEndings("\n"));
        if (answer.Problem() is { } problem)
        {
            Log.SurveyAnswerRejected(logger, target.Journey.Id, target.Touchpoint.Id);
            return Form(target, context, antiforgery, answer, problem, StatusCodes.Status422UnprocessableEntity);
        }

        var record = answer.ToRecord(target.Link, "web-" + Guid.NewGuid().ToString("N"), DateTime.UtcNow);
        IReadOnlyList<ItemResult> results;
        using (var writer = store.OpenWriter(target.Journey, FactKind.Response))
        {
            results = ItemImporter.Import([record], new FactParser(FactKind.Response, target.Journey), writer.WriteReturningIds);
        }

        var result = results.Single();
        if (result.Status == ItemStatus.Rejected)
        {
            Log.SurveyAnswerRejected(logger, target.Journey.Id, target.Touchpoint.Id);
            return Form(target, context, antiforgery, answer, SurveyReasons.ForPeople(result.Reason),
                StatusCodes.Status422UnprocessableEntity);
        }

        Log.SurveyAnswered(logger, result.Id!, target.Journey.Id, target.Touchpoint.Id);
        WebhookExtensions.AfterWrite(store, target.Journey, loggers);
        return new SeeOtherResult($"/s/{Uri.EscapeDataString(target.Journey.Id)}/{Uri.EscapeDataString(target.Touchpoint.Id)}/thanks");
    }

    internal static RazorComponentResult<SurveyMessage> Thanks() => SurveyMessages.Thanks();

    /// <summary>Survey pages are never cached, never framed and never leak their link through the Referer header.</summary>
    internal static void SetHeaders(HttpResponse response)
    {
        // What antiforgery sets anyway; setting it first keeps it from warning that it overrode ours.
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    // Url is the link's canonical path and query, where the form posts.
    private sealed record Target(SurveyLink Link, Journey Journey, Touchpoint Touchpoint, string Url);

    // The token is checked before anything is looked up, so without a valid link nobody learns which journeys
    // and touchpoints exist.
    private static Target? Find(string journeyId, string touchpointId, string? token, string? customerId, DuckDbStore store,
        SurveyLinks links, ILoggerFactory loggers, out RazorComponentResult<SurveyMessage>? refusal)
    {
        var link = new SurveyLink(journeyId, touchpointId, string.IsNullOrWhiteSpace(customerId) ? null : customerId);
        if (!links.Verify(link, token))
        {
            Log.SurveyTokenRefused(loggers.CreateLogger(LogCategory), journeyId, touchpointId);
            refusal = SurveyMessages.InvalidLink();
            return null;
        }

        refusal = SurveyMessages.NotFound();

        Journey journey;
        try
        {
            journey = store.GetJourney(journeyId);
        }
        catch (NotFoundException)
        {
            Log.SurveyNotFound(loggers.CreateLogger(LogCategory), journeyId, touchpointId);
            return null;
        }

        if (journey.FindTouchpoint(touchpointId) is not { } touchpoint)
        {
            Log.SurveyNotFound(loggers.CreateLogger(LogCategory), journeyId, touchpointId);
            return null;
        }

        refusal = null;
        return new Target(link, journey, touchpoint, links.PathAndQuery(link));
    }

    private static RazorComponentResult<SurveyPage> Form(Target target, HttpContext context, IAntiforgery antiforgery,
        SurveyAnswer? answer, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new RazorComponentResult<SurveyPage>(new Dictionary<string, object?>
        {
            [nameof(SurveyPage.TouchpointName)] = target.Touchpoint.Name,
            [nameof(SurveyPage.Action)] = target.Url,
            [nameof(SurveyPage.AntiforgeryField)] = tokens.FormFieldName,
            [nameof(SurveyPage.AntiforgeryToken)] = tokens.RequestToken,
            [nameof(SurveyPage.Answer)] = answer,
            [nameof(SurveyPage.Error)] = error,
        })
        {
            StatusCode = status,
        };
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString() : null;
}
