using Microsoft.Extensions.Options;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Webhooks;

/// <summary>
/// Scans every journey for new webhook events now and then (a safety net for writes whose own scan failed, and for
/// customers leaving the at-risk list), and sends due deliveries every poll.
/// </summary>
internal sealed class WebhookDeliveryService(
    DuckDbStore store,
    IHttpClientFactory clients,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        if (!settings.Enabled) return;

        var schedule = settings.Schedule;
        var scanEvery = TimeSpan.FromSeconds(settings.ScanSeconds);
        var lastScan = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() - lastScan >= scanEvery)
                {
                    lastScan = time.GetUtcNow();
                    if (WebhookEvents.EnqueueAll(store) is var queued and > 0) Log.WebhookEventsQueued(logger, queued, "all journeys");
                }

                var deliverer = new WebhookDeliverer(store, clients.CreateClient(WebhookDeliverer.HttpClientName), schedule, time, logger);
                await deliverer.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be briefly held by the CLI, or a receiver may misbehave; the next poll tries again.
                Log.WebhookPassFailed(logger, e);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.PollSeconds), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
