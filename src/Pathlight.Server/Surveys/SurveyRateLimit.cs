using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pathlight.Server.Hosting;

namespace Pathlight.Server.Surveys;

/// <summary>
/// At most <see cref="PathlightOptions.SurveyPostsPerMinute"/> survey answers per client and minute (a fixed
/// window per IP address; an IPv6 client counts by its /64 network, which one household or phone usually has
/// whole). A client over the limit gets 429, a Retry-After header and a friendly page.
/// </summary>
public static class SurveyRateLimit
{
    public const string Policy = "survey-posts";

    public static IServiceCollection AddSurveyRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<PathlightOptions>>().Value.SurveyPostsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(context.Connection.RemoteIpAddress), _ =>
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
        });

    internal static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        Log.SurveyRateLimited(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SurveyPages.LogCategory),
            context.Request.Path);
        SurveyPages.SetHeaders(context.Response);
        var page = new RazorComponentResult<SurveyMessage>(new
        {
            Heading = "Please wait a moment",
            Text = string.Create(CultureInfo.InvariantCulture,
                $"We received a lot of answers from your connection in a short time. Please wait {Plural(seconds)} and send yours again."),
        })
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
        };
        await page.ExecuteAsync(context);
    }

    private static string Plural(int seconds) =>
        seconds % 60 == 0
            ? (seconds / 60 == 1 ? "a minute" : $"{seconds / 60} minutes")
            : seconds == 1 ? "a second" : $"{seconds} seconds";
}
