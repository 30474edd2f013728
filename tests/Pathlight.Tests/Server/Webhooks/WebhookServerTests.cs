using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Server.Api;
using Pathlight.Tests.Server.Surveys;
using Pathlight.Tests.Webhooks;
using Pathlight.Webhooks;

namespace Pathlight.Tests.Server.Webhooks;

/// <summary>The server's hooks: an ingested or surveyed detractor is queued at once, and the background service delivers it.</summary>
public sealed class WebhookServerTests(WebhookServerTests.Fixture server) : IClassFixture<WebhookServerTests.Fixture>
{
    [Fact]
    public async Task IngestedDetractorIsDeliveredByTheServerSigned()
    {
        var body = """[{"id": "api-detractor", "touchpoint": "launch-purchase", "timestamp": "2026-03-05T10:00:00Z", "customer_id": "c-api", "nps": 2}]""";

        await IngestRequests.PostOkAsync(server, "responses", body, "application/json");

        var request = await server.Receiver.WaitForAsync(r => ResponseIdOf(r) == "api-detractor", TimeSpan.FromSeconds(20));
        var timestamp = request.Headers[WebhookSignature.TimestampHeader];
        var signed = Encoding.ASCII.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(server.Secret), signed)),
            request.Headers[WebhookSignature.SignatureHeader]);
        // The receiver answers before the server records the answer, so give the log a moment to catch up.
        var key = $"detractor:{ServerFixture.JourneyId}:api-detractor";
        for (var i = 0; i < 100 && server.Store.ListWebhookDeliveries(null, 100).Single(d => d.EventKey == key).Status != DeliveryStatus.Delivered; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(DeliveryStatus.Delivered, server.Store.ListWebhookDeliveries(null, 100).Single(d => d.EventKey == key).Status);
    }

    [Fact]
    public async Task SurveyDetractorIsQueuedWhenAnswered()
    {
        await using var survey = await SurveyServer.StartAsync();
        survey.Store.AddWebhook($"http://127.0.0.1:{WebhookReceiver.FreePort()}/hook", [WebhookEventTypes.Detractor]);

        using var answer = await survey.AnswerAsync(survey.Link("out-of-stock", "c-survey"), ("nps", "1"));

        Assert.Equal(System.Net.HttpStatusCode.SeeOther, answer.StatusCode);
        var delivery = Assert.Single(survey.Store.ListWebhookDeliveries(null, 10));
        Assert.Equal(WebhookEventTypes.Detractor, delivery.Event);
        Assert.StartsWith($"detractor:{ServerFixture.JourneyId}:web-", delivery.EventKey, StringComparison.Ordinal);
    }

    private static string? ResponseIdOf(ReceivedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("data").TryGetProperty("response_id", out var id) ? id.GetString() : null;
    }

    /// <summary>A server that polls for deliveries every 100 ms, with a webhook to a local receiver added before it starts.</summary>
    public sealed class Fixture() : ServerFixture(new Dictionary<string, string?>
    {
        ["Pathlight:Webhooks:PollSeconds"] = "0.1",
        ["Pathlight:Webhooks:RetryDelays"] = "100ms,100ms,100ms",
    }), IAsyncDisposable
    {
        public WebhookReceiver Receiver { get; } = new(WebhookReceiver.FreePort());

        public string Secret { get; private set; } = "";

        protected override void Seed()
        {
            base.Seed();
            Secret = Run("webhooks", "add", Receiver.Url, "--db", Db).Out.Trim();
        }

        async ValueTask IAsyncDisposable.DisposeAsync()
        {
            await DisposeAsync();
            Receiver.Dispose();
        }
    }
}
