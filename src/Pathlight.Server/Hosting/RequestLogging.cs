using System.Diagnostics;

namespace Pathlight.Server.Hosting;

/// <summary>One structured log line per request: method, path, status, duration. Never the query string, which
/// may carry survey tokens.</summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Pathlight.Server.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            Log.Request(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });
    }
}
