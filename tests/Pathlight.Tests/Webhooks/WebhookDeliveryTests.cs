using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.AtRisk;
using Pathlight.Webhooks;
using static Pathlight.Tests.AtRisk.RiskStore;

namespace Pathlight.Tests.Webhooks;

public sealed class WebhookDeliveryTests : IDisposable
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly WebhookStore _hooks = new();

    [Fact]
    public async Task NewDetractorAnswerIsDeliveredOnceSignedAsDocumented()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        _hooks.Add(receiver.Url, "detractor");
        _hooks.Facts.Import("responses", $"r1,checkout,{At(-Day)},c1,3,8,4", $"r2,checkout,{At(-Day)},c2,9,8,9");

        var pass = await _hooks.DeliverAsync();

        Assert.Equal(1, pass.Delivered);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hook", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("detractor", request.Headers[WebhookSignature.EventHeader]);
        var timestamp = request.Headers[WebhookSignature.TimestampHeader];
        Assert.InRange(long.Parse(timestamp, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        // Signed bytes: the timestamp header, a full stop, the raw body; key: the secret's UTF-8 bytes.
        var signed = Encoding.ASCII.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_hooks.Secret), signed));
        Assert.Equal(expected, request.Headers[WebhookSignature.SignatureHeader]);

        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal(["event", "id", "occurred_at", "journey", "data"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("detractor", root.GetProperty("event").GetString());
        Assert.Equal(request.Headers[WebhookSignature.DeliveryHeader], root.GetProperty("id").GetString());
        Assert.Equal(RiskStore.JourneyId, root.GetProperty("journey").GetString());
        Assert.Equal(T - Day, root.GetProperty("occurred_at").GetDateTime().ToUniversalTime());
        var data = root.GetProperty("data");
        Assert.Equal("r1", data.GetProperty("response_id").GetString());
        Assert.Equal("c1", data.GetProperty("customer_id").GetString());
        Assert.Equal("checkout", data.GetProperty("touchpoint").GetString());
        Assert.Equal(3, data.GetProperty("nps").GetInt32());
        Assert.Equal(4, data.GetProperty("reality").GetInt32());

        var delivery = Assert.Single(_hooks.Deliveries);
        Assert.Equal((DeliveryStatus.Delivered, 1, 200), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Equal($"detractor:{RiskStore.JourneyId}:r1", delivery.EventKey);
    }

    [Fact]
    public async Task ReplayingAnImportSendsNothingAgain()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        _hooks.Add(receiver.Url, "detractor");
        var rows = new[] { $"r1,,{At(-Day)},c1,2,," };
        _hooks.Facts.Import("responses", rows);
        await _hooks.DeliverAsync();

        var replay = _hooks.Facts.Import("responses", rows);
        var pass = await _hooks.DeliverAsync();

        Assert.Contains("duplicates 1", replay.Out, StringComparison.Ordinal);
        Assert.Equal(0, pass.Attempted);
        Assert.Single(receiver.Requests);
        Assert.Single(_hooks.Deliveries);
    }

    [Fact]
    public async Task AnswersFromBeforeTheWebhookWasAddedAreNotSent()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        _hooks.Facts.Import("responses", $"old,,{At(-Day)},c1,2,,");
        _hooks.Add(receiver.Url);

        WebhookEvents.EnqueueAll(_hooks.Store);
        await _hooks.DeliverAsync();

        Assert.Empty(receiver.Requests);
        Assert.Empty(_hooks.Deliveries);
    }

    [Fact]
    public async Task ServerErrorIsRetriedAndEveryAttemptLogged()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort(), 500);
        _hooks.Add(receiver.Url, "detractor");
        _hooks.Facts.Import("responses", $"r1,,{At(-Day)},c1,2,,");

        var first = await _hooks.DeliverAsync();
        var pending = Assert.Single(_hooks.Deliveries);
        var second = await _hooks.DeliverAsync();

        Assert.Equal((0, 1), (first.Delivered, first.Retrying));
        Assert.Equal((DeliveryStatus.Pending, 1, 500), (pending.Status, pending.Attempts, pending.LastStatusCode));
        Assert.Equal(1, second.Delivered);
        var delivery = Assert.Single(_hooks.Deliveries);
        Assert.Equal((DeliveryStatus.Delivered, 2), (delivery.Status, delivery.Attempts));
        var log = _hooks.Store.ListWebhookAttempts(delivery.Id);
        Assert.Equal([(1, (int?)500), (2, 200)], log.Select(a => (a.Attempt, a.StatusCode)));
        Assert.StartsWith("HTTP 500", log[0].Error, StringComparison.Ordinal);
        Assert.Null(log[1].Error);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.Single(receiver.Requests.Select(r => r.Headers[WebhookSignature.DeliveryHeader]).Distinct());
    }

    [Fact]
    public async Task DeliveryWaitsWhileTheReceiverIsDownAndGoesOutWhenItIsBack()
    {
        var port = WebhookReceiver.FreePort();
        _hooks.Add($"http://127.0.0.1:{port}/hook", "detractor");
        _hooks.Facts.Import("responses", $"r1,,{At(-Day)},c1,2,,", $"r2,,{At(-Day)},c2,1,,");

        var down = await _hooks.DeliverAsync();
        var waiting = _hooks.Deliveries;

        // One attempt per pass while the receiver is down; the other delivery waits for the next pass.
        Assert.Equal((1, 1), (down.Retrying, down.Deferred));
        Assert.All(waiting, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        var tried = Assert.Single(waiting, d => d.Attempts == 1);
        Assert.False(string.IsNullOrEmpty(tried.LastError));
        Assert.Null(tried.LastStatusCode);

        using var receiver = new WebhookReceiver(port);
        var back = await _hooks.DeliverAsync();

        Assert.Equal(2, back.Delivered);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(_hooks.Deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Equal(2, _hooks.Store.ListWebhookAttempts(tried.Id).Count);
    }

    [Fact]
    public async Task RetriesBackOffAndGiveUpAfterTheLastAttempt()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort(), 503, 503, 503, 503);
        _hooks.Add(receiver.Url, "detractor");
        _hooks.Facts.Import("responses", $"r1,,{At(-Day)},c1,2,,");
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddMinutes(1));
        var start = clock.Now;

        await _hooks.DeliverAsync("10s,30s", clock);
        var afterFirst = Assert.Single(_hooks.Deliveries);
        clock.Now = start.AddSeconds(9);
        var early = await _hooks.DeliverAsync("10s,30s", clock);
        clock.Now = start.AddSeconds(10);
        await _hooks.DeliverAsync("10s,30s", clock);
        var afterSecond = Assert.Single(_hooks.Deliveries);
        clock.Now = start.AddSeconds(40);
        var last = await _hooks.DeliverAsync("10s,30s", clock);

        Assert.Equal(start.UtcDateTime.AddSeconds(10), afterFirst.NextAttemptAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, early.Attempted);
        Assert.Equal(start.UtcDateTime.AddSeconds(40), afterSecond.NextAttemptAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, last.Failed);
        var failed = Assert.Single(_hooks.Deliveries);
        Assert.Equal((DeliveryStatus.Failed, 3, (DateTime?)null), (failed.Status, failed.Attempts, failed.NextAttemptAt));
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task NewlyAtRiskCustomerFiresOnceUntilTheyLeaveTheList()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        _hooks.Add(receiver.Url, "at-risk");
        _hooks.Facts.Import("cases", $"s1,checkout,c1,{At(-2 * Day)},,1,");
        _hooks.Facts.Import("interactions", $"i1,checkout,{At(-Day)},c1");
        await _hooks.DeliverAsync();

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("at-risk", request.Headers[WebhookSignature.EventHeader]);
        using var body = JsonDocument.Parse(request.Body);
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("c1", data.GetProperty("customer_id").GetString());
        Assert.Equal(3, data.GetProperty("risk_score").GetInt32());
        var reason = Assert.Single(data.GetProperty("reasons").EnumerateArray());
        Assert.Equal(("open_case", "s1"), (reason.GetProperty("reason").GetString(), reason.GetProperty("fact_id").GetString()));

        // Fifty days on, c1's case is still open, so c1 stays on the list and is not announced again; c2 is new.
        _hooks.Facts.Import("responses", $"r2,,{At(50 * Day)},c2,1,,");
        await _hooks.DeliverAsync();

        Assert.Equal(["c1", "c2"], receiver.Requests.Select(CustomerOf).Order());
    }

    [Fact]
    public async Task CustomerWhoLeftTheListFiresAgainWhenBackOnIt()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        _hooks.Add(receiver.Url, "at-risk");
        _hooks.Facts.Import("responses", $"r1,,{At(TimeSpan.Zero)},c1,2,,");
        _hooks.Facts.Import("interactions", $"i1,checkout,{At(40 * Day)},c9");
        _hooks.Facts.Import("responses", $"r2,,{At(41 * Day)},c1,3,,");
        await _hooks.DeliverAsync();

        var keys = _hooks.Deliveries.Select(d => d.EventKey).ToList();

        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.StartsWith($"at-risk:{RiskStore.JourneyId}:c1:", k, StringComparison.Ordinal));
        Assert.Equal(2, keys.Distinct().Count());
        Assert.Equal(2, receiver.Requests.Count);
    }

    public void Dispose() => _hooks.Dispose();

    private static string CustomerOf(ReceivedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("data").GetProperty("customer_id").GetString()!;
    }
}
