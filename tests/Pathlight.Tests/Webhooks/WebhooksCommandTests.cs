using System.Text.Json;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.AtRisk;
using static Pathlight.Tests.AtRisk.RiskStore;

namespace Pathlight.Tests.Webhooks;

public sealed class WebhooksCommandTests : IDisposable
{
    private readonly RiskStore _store = new();

    [Fact]
    public void AddPrintsOnlyTheSecretOnStdoutAndListNeverShowsIt()
    {
        var added = _store.Run("webhooks", "add", "https://example.test/hooks/pathlight", "--events", "detractor");

        Assert.Equal(0, added.ExitCode);
        var secret = added.Out.Trim();
        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", secret);
        Assert.Contains("shown this once", added.Error, StringComparison.Ordinal);
        var list = _store.Run("webhooks", "list", "--format", "json");
        Assert.DoesNotContain(secret, list.Out, StringComparison.Ordinal);
        var webhook = Assert.Single(JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
        Assert.Equal("https://example.test/hooks/pathlight", webhook.GetProperty("url").GetString());
        Assert.Equal(["detractor"], webhook.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("ftp://example.test/x", "--events", "detractor", 1)]
    [InlineData("not a url", "--events", "detractor", 1)]
    [InlineData("https://example.test/x", "--events", "complaint", 2)]
    public void BadUrlOrEventIsRefused(string url, string option, string events, int exitCode)
    {
        var result = _store.Run("webhooks", "add", url, option, events);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(_store.Store.ListWebhooks());
    }

    [Fact]
    public void ImportQueuesAndDeliverSendsAndTheLogShowsIt()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        _store.Run("webhooks", "add", receiver.Url, "--events", "detractor");

        var import = _store.Import("responses", $"r1,,{At(TimeSpan.Zero)},c1,0,,");
        var deliver = _store.Run("webhooks", "deliver");
        var log = _store.Run("webhooks", "deliveries", "--format", "json");

        Assert.Contains("Queued 1 webhook deliveries", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, deliver.ExitCode);
        Assert.Equal("queued 0, delivered 1, retrying 0, failed 0, deferred 0", deliver.Out.Trim());
        Assert.Single(receiver.Requests);
        var delivery = Assert.Single(JsonDocument.Parse(log.Out).RootElement.EnumerateArray());
        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(200, Assert.Single(delivery.GetProperty("log").EnumerateArray()).GetProperty("status_code").GetInt32());
    }

    [Fact]
    public void RemovedWebhookGetsNothingMoreAndItsPendingDeliveriesFail()
    {
        var port = WebhookReceiver.FreePort();
        _store.Run("webhooks", "add", $"http://127.0.0.1:{port}/hook", "--events", "detractor");
        var id = Assert.Single(_store.Store.ListWebhooks()).Id;
        _store.Import("responses", $"r1,,{At(TimeSpan.Zero)},c1,0,,");

        var removed = _store.Run("webhooks", "remove", id);
        _store.Import("responses", $"r2,,{At(TimeSpan.Zero)},c2,0,,");
        var again = _store.Run("webhooks", "remove", id);

        Assert.Equal(0, removed.ExitCode);
        var delivery = Assert.Single(_store.Store.ListWebhookDeliveries(null, 10));
        Assert.Equal((Pathlight.Webhooks.DeliveryStatus.Failed, "webhook removed"), (delivery.Status, delivery.LastError));
        Assert.NotNull(Assert.Single(_store.Store.ListWebhooks()).DisabledAt);
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public void FailedDeliveryCanBeQueuedAgain()
    {
        var port = WebhookReceiver.FreePort();
        _store.Run("webhooks", "add", $"http://127.0.0.1:{port}/hook", "--events", "detractor");
        _store.Import("responses", $"r1,,{At(TimeSpan.Zero)},c1,0,,");

        var down = _store.Run("webhooks", "deliver", "--retry-delays", "");
        var id = Assert.Single(_store.Store.ListWebhookDeliveries(null, 10)).Id;
        using var receiver = new WebhookReceiver(port);
        var retry = _store.Run("webhooks", "retry", id);
        var back = _store.Run("webhooks", "deliver");

        Assert.Equal(1, down.ExitCode);
        Assert.Contains("failed 1", down.Out, StringComparison.Ordinal);
        Assert.Equal(0, retry.ExitCode);
        Assert.Contains("delivered 1", back.Out, StringComparison.Ordinal);
        Assert.Single(receiver.Requests);
    }

    public void Dispose() => _store.Dispose();
}
