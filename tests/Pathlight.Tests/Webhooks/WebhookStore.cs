using Microsoft.Extensions.Logging.Abstractions;
using Pathlight.Server.Webhooks;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.AtRisk;
using Pathlight.Tests.Helpers;
using Pathlight.Webhooks;

namespace Pathlight.Tests.Webhooks;

/// <summary>A <see cref="RiskStore"/> with a webhook added through the CLI, and a delivery pass the test drives itself.</summary>
public sealed class WebhookStore : IDisposable
{
    private readonly HttpClient _http = new(WebhookDeliverer.CreateHandler()) { Timeout = TimeSpan.FromSeconds(5) };

    public RiskStore Facts { get; } = new();

    public string Secret { get; private set; } = "";

    public string WebhookId { get; private set; } = "";

    public DuckDbStore Store => Facts.Store;

    /// <summary>Adds the webhook with <c>pathlight webhooks add</c>, keeping the secret it prints.</summary>
    public WebhookStore Add(string url, string events = "detractor,at-risk")
    {
        var added = CliRunner.Run("webhooks", "add", url, "--events", events, "--db", Facts.Db);
        Assert.True(added.ExitCode == 0, added.ToString());
        Secret = added.Out.Trim();
        WebhookId = Assert.Single(Store.ListWebhooks(), w => w.DisabledAt is null).Id;
        return this;
    }

    /// <summary>One delivery pass with the given retry waits and clock (no waits and the real clock by default).</summary>
    public Task<WebhookPass> DeliverAsync(string retryDelays = "0s,0s,0s", TimeProvider? clock = null) =>
        new WebhookDeliverer(Store, _http, RetrySchedule.Parse(retryDelays), clock ?? TimeProvider.System, NullLogger.Instance)
            .DeliverDueAsync(TestContext.Current.CancellationToken);

    public IReadOnlyList<WebhookDelivery> Deliveries => Store.ListWebhookDeliveries(null, 100);

    public void Dispose()
    {
        _http.Dispose();
        Facts.Dispose();
    }
}
