using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Pathlight.Server.Webhooks;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary>The delivery side of <c>pathlight webhooks</c>: the log, one delivery pass, and retrying a failed delivery.</summary>
internal static class WebhookDeliveriesCommand
{
    internal static Command Deliveries(CliConsole console)
    {
        var webhook = new Option<string?>("--webhook") { Description = "Only this webhook's deliveries.", HelpName = "ID" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many, newest first.", DefaultValueFactory = _ => 50, HelpName = "N" };
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("deliveries", "Show the delivery log: status, attempts and the last error of each delivery.")
        {
            webhook, limit, format, db,
        };
        command.SetAction(parsed =>
        {
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var deliveries = store.ListWebhookDeliveries(parsed.GetValue(webhook), Math.Max(1, parsed.GetValue(limit)));
            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(deliveries.Select(d => new
                {
                    id = d.Id,
                    webhook_id = d.WebhookId,
                    @event = d.Event,
                    event_key = d.EventKey,
                    status = d.Status.ToString().ToLowerInvariant(),
                    attempts = d.Attempts,
                    next_attempt_at = Optional(d.NextAttemptAt),
                    last_status_code = d.LastStatusCode,
                    last_error = d.LastError,
                    created_at = WebhooksCommand.Utc(d.CreatedAt),
                    delivered_at = Optional(d.DeliveredAt),
                    log = store.ListWebhookAttempts(d.Id).Select(a => new
                    {
                        attempt = a.Attempt,
                        at = WebhooksCommand.Utc(a.At),
                        status_code = a.StatusCode,
                        error = a.Error,
                        duration_ms = a.DurationMs,
                    }),
                }), JsonOutput.Options));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Delivery", "Webhook", "Event", "Status", "Attempts", "Last answer", "Next attempt (UTC)", "Created (UTC)");
            foreach (var d in deliveries)
            {
                var answer = d.LastError ?? (d.LastStatusCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : "");
                table.AddRow(d.Id, d.WebhookId, d.Event, d.Status.ToString().ToLowerInvariant(), d.Attempts.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(answer), d.NextAttemptAt is { } next ? WebhooksCommand.Minutes(next) : "", WebhooksCommand.Minutes(d.CreatedAt));
            }

            console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Command Deliver(CliConsole console)
    {
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds a receiver may take to answer.",
            DefaultValueFactory = _ => 10,
            HelpName = "SECONDS",
        };
        var delays = new Option<string>("--retry-delays")
        {
            Description = "Waits before each retry of a failed delivery.",
            DefaultValueFactory = _ => "10s,30s,2m,10m,1h,3h,6h,12h,24h",
            HelpName = "LIST",
        };
        var db = CommonOptions.Db();
        var command = new Command("deliver", "Queue new events of every journey, then send the deliveries that are due, once (for setups without `pathlight serve`).")
        {
            timeout, delays, db,
        };
        command.SetAction(parsed =>
        {
            RetrySchedule schedule;
            try
            {
                schedule = RetrySchedule.Parse(parsed.GetRequiredValue(delays));
            }
            catch (PathlightException e)
            {
                throw new UsageException(e.Message);
            }

            var store = Stores.Open(parsed.GetRequiredValue(db));
            var queued = WebhookEvents.EnqueueAll(store);
            using var http = new HttpClient(WebhookDeliverer.CreateHandler())
            {
                Timeout = TimeSpan.FromSeconds(Math.Clamp(parsed.GetValue(timeout), 0.1, 300)),
            };
            var deliverer = new WebhookDeliverer(store, http, schedule, TimeProvider.System, NullLogger.Instance);
            var pass = deliverer.DeliverDueAsync(CancellationToken.None).GetAwaiter().GetResult();
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"queued {queued}, delivered {pass.Delivered}, retrying {pass.Retrying}, failed {pass.Failed}, deferred {pass.Deferred}"));
            return pass.Retrying + pass.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    internal static Command Retry(CliConsole console)
    {
        var id = new Argument<string>("delivery") { Description = "The failed delivery's id, as `webhooks deliveries` shows it." };
        var db = CommonOptions.Db();
        var command = new Command("retry", "Queue a failed delivery again, due now, with a fresh round of attempts.") { id, db };
        command.SetAction(parsed =>
        {
            var deliveryId = parsed.GetRequiredValue(id);
            if (!Stores.Open(parsed.GetRequiredValue(db)).RetryWebhookDelivery(deliveryId))
            {
                throw new PathlightException($"No failed delivery of an active webhook has the id '{deliveryId}'.");
            }

            console.Out.WriteLine($"Delivery {deliveryId} is queued again.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Optional(DateTime? value) => value is { } v ? WebhooksCommand.Utc(v) : null;
}
