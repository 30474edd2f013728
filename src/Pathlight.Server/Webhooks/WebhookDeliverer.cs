using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;

namespace Pathlight.Server.Webhooks;

/// <summary>
/// Sends due deliveries: one signed POST each, every attempt logged in the store, retries scheduled by the
/// <see cref="RetrySchedule"/>. Used by the server's background service and by <c>pathlight webhooks deliver</c>.
/// </summary>
public sealed class WebhookDeliverer(DuckDbStore store, HttpClient http, RetrySchedule schedule, TimeProvider time, ILogger logger)
{
    /// <summary>The named client the server's IHttpClientFactory configures.</summary>
    public const string HttpClientName = "pathlight-webhooks";

    private const int BatchSize = 200;
    private const int ErrorLength = 500;

    /// <summary>
    /// A handler for webhook calls: redirects are not followed (a 3xx is a failed attempt, so a receiver cannot
    /// bounce signed payloads elsewhere) and pooled connections are renewed so DNS changes are seen.
    /// </summary>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>
    /// Sends every delivery due now, oldest first. After one attempt to a webhook fails, its other due deliveries
    /// wait for the next pass, so a receiver that is down costs one attempt per pass, not one per delivery.
    /// </summary>
    public async Task<WebhookPass> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = store.DueWebhookDeliveries(time.GetUtcNow().UtcDateTime, BatchSize);
        var down = new HashSet<string>(StringComparer.Ordinal);
        int delivered = 0, retrying = 0, failed = 0, deferred = 0;
        foreach (var delivery in due)
        {
            if (down.Contains(delivery.WebhookId))
            {
                deferred++;
                continue;
            }

            var attempt = await AttemptAsync(delivery, cancellationToken);
            if (attempt.Error is null)
            {
                store.RecordWebhookAttempt(attempt, null);
                Log.WebhookDelivered(logger, delivery.Id, delivery.Event, delivery.WebhookId, attempt.StatusCode ?? 0, attempt.Attempt);
                delivered++;
                continue;
            }

            down.Add(delivery.WebhookId);
            if (schedule.DelayAfter(attempt.Attempt) is { } delay)
            {
                var next = attempt.At + delay;
                store.RecordWebhookAttempt(attempt, next);
                Log.WebhookRetrying(logger, delivery.Id, delivery.Event, delivery.WebhookId, attempt.Attempt, attempt.Error, next);
                retrying++;
            }
            else
            {
                store.RecordWebhookAttempt(attempt, null);
                Log.WebhookGaveUp(logger, delivery.Id, delivery.Event, delivery.WebhookId, attempt.Attempt, attempt.Error);
                failed++;
            }
        }

        return new WebhookPass(delivered, retrying, failed, deferred);
    }

    private async Task<WebhookAttempt> AttemptAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var at = new DateTime(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % 10), DateTimeKind.Utc);
        var timestamp = now.ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd("Pathlight-Webhooks/1");
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(delivery.Secret, timestamp, body));

        var number = delivery.Attempts + 1;
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            var error = response.IsSuccessStatusCode ? null : $"HTTP {code} {response.ReasonPhrase}".Trim();
            return new WebhookAttempt(delivery.Id, number, at, code, error, watch.ElapsedMilliseconds);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(delivery.Id, number, at, null,
                $"No answer within {http.Timeout.TotalSeconds:0.#} s", watch.ElapsedMilliseconds);
        }
        catch (HttpRequestException e)
        {
            var reason = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
            return new WebhookAttempt(delivery.Id, number, at, null, Shorten(reason), watch.ElapsedMilliseconds);
        }
    }

    private static string Shorten(string text) => text.Length <= ErrorLength ? text : text[..ErrorLength];
}
