using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Pathlight.Journeys;

namespace Pathlight.Server.Hosting;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details: a user's mistake is a 4xx with its plain
/// reason; anything else is a 500 that says nothing about the internals and is logged.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            BadHttpRequestException bad => Problem(bad.StatusCode, bad.StatusCode == 413 ? "Payload too large" : "Bad request", bad.Message),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            StoreUnavailableException busy => Problem(StatusCodes.Status503ServiceUnavailable, "Store busy", busy.Message),
            JourneyFileException file => WithErrors(Problem(StatusCodes.Status400BadRequest, "Invalid journey definition", file.Message), file),
            PathlightException user => Problem(StatusCodes.Status400BadRequest, "Bad request", user.Message),
            _ => null,
        };
        if (details is null)
        {
            Log.Unhandled(logger, exception, context.Request.Method, RequestLogging.WithoutCustomer(context.Request.Path));
            details = Problem(StatusCodes.Status500InternalServerError, "Internal error", "The server failed; the log says why.");
        }

        context.Response.StatusCode = details.Status!.Value;
        if (exception is StoreUnavailableException)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithErrors(ProblemDetails details, JourneyFileException exception)
    {
        details.Extensions["errors"] = exception.Errors.Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }).ToArray();
        return details;
    }
}
