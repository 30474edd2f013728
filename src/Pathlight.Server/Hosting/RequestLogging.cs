using System.Diagnostics;

namespace Pathlight.Server.Hosting;

/// <summary>One structured log line per request: method, path, status, duration. Never the query string, which
/// may carry survey tokens, nor the customer in a customer page's path, which may be an e-mail address (the key of a
/// customer known by no customer_id).</summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Pathlight.Server.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            Log.Request(logger, context.Request.Method, WithoutCustomer(context.Request.Path), context.Response.StatusCode,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });
    }

    /// <summary>The path with the segment after <c>/customers/</c> replaced by <c>{customer}</c>.</summary>
    internal static string WithoutCustomer(PathString path)
    {
        var text = path.Value ?? "";
        var at = text.IndexOf("/customers/", StringComparison.Ordinal);
        if (at < 0 || at + "/customers/".Length == text.Length) return text;

        var start = at + "/customers/".Length;
        var end = text.IndexOf('/', start);
        return text[..start] + "{customer}" + (end < 0 ? "" : text[end..]);
    }
}
