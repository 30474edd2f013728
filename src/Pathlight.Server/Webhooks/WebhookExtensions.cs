using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pathlight.Journeys;
using Pathlight.Server.Hosting;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Webhooks;

/// <summary>Webhook delivery in the server, and the one call made after each successful write of facts.</summary>
public static class WebhookExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(WebhookDeliverer.HttpClientName, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(WebhookDeliverer.CreateHandler);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<WebhookDeliveryService>();
        return services;
    }

    /// <summary>
    /// Queues the webhook events a write may have caused. The facts are stored already, so a failure here is
    /// logged, not passed on: the periodic scan finds the events later.
    /// </summary>
    internal static void AfterWrite(DuckDbStore store, Journey journey, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("Pathlight.Server.Webhooks");
        try
        {
            if (WebhookEvents.Enqueue(store, journey) is var queued and > 0) Log.WebhookEventsQueued(logger, queued, journey.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.WebhookQueueFailed(logger, e, journey.Id);
        }
    }
}
