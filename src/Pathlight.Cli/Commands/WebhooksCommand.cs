using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Webhooks;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight webhooks add|list|remove|deliveries|deliver|retry</c>: signed event notifications.</summary>
internal static class WebhooksCommand
{
    internal static Command Create(CliConsole console) =>
        new("webhooks", "Configure webhooks that receive detractor answers and newly at-risk customers, and see what was delivered.")
        {
            Add(console),
            List(console),
            Remove(console),
            WebhookDeliveriesCommand.Deliveries(console),
            WebhookDeliveriesCommand.Deliver(console),
            WebhookDeliveriesCommand.Retry(console),
        };

    /// <summary>
    /// Queues the webhook events an import may have caused. The facts are stored already, so a failure only
    /// warns: the server's periodic scan or <c>webhooks deliver</c> finds the events later.
    /// </summary>
    internal static void AfterImport(CliConsole console, DuckDbStore store, Journey journey)
    {
        try
        {
            if (WebhookEvents.Enqueue(store, journey) is var queued and > 0)
            {
                console.Error.WriteLine($"Queued {queued} webhook deliveries; `pathlight serve` or `pathlight webhooks deliver` sends them.");
            }
        }
        catch (Exception e) when (e is PathlightException or System.Data.Common.DbException)
        {
            console.Error.WriteLine($"warning: webhook events were not queued ({e.Message}); `pathlight webhooks deliver` queues them later.");
        }
    }

    private static Command Add(CliConsole console)
    {
        var url = new Argument<string>("url") { Description = "Where to POST events (http:// or https://)." };
        var events = new Option<string>("--events")
        {
            Description = $"Comma-separated events to receive: {string.Join(", ", WebhookEventTypes.All)}.",
            DefaultValueFactory = _ => string.Join(',', WebhookEventTypes.All),
            HelpName = "LIST",
        };
        var db = CommonOptions.Db();
        var command = new Command("add", "Add a webhook and print its signing secret once, alone on stdout.") { url, events, db };
        command.SetAction(parsed =>
        {
            IReadOnlyList<string> chosen;
            try
            {
                chosen = WebhookEventTypes.Parse(parsed.GetValue(events));
            }
            catch (PathlightException e)
            {
                throw new UsageException(e.Message);
            }

            var store = Stores.Open(parsed.GetRequiredValue(db));
            var added = store.AddWebhook(parsed.GetRequiredValue(url), chosen);
            console.Out.WriteLine(added.Secret);
            console.Error.WriteLine($"Added webhook {added.Webhook.Id} for {string.Join(", ", chosen)} to {added.Webhook.Url}. "
                + "The signing secret above is shown this once; give it to the receiver now. Events from before now are not sent.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("list", "List webhooks (never their secrets).") { format, db };
        command.SetAction(parsed =>
        {
            var webhooks = Stores.Open(parsed.GetRequiredValue(db)).ListWebhooks();
            if (parsed.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(webhooks.Select(w => new
                {
                    id = w.Id,
                    url = w.Url,
                    events = w.Events,
                    created_at = Utc(w.CreatedAt),
                    disabled_at = w.DisabledAt is { } d ? Utc(d) : null,
                }), JsonOutput.Options));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Id", "URL", "Events", "Created (UTC)", "Removed (UTC)");
            foreach (var w in webhooks)
            {
                table.AddRow(w.Id, Markup.Escape(w.Url), string.Join(", ", w.Events), Minutes(w.CreatedAt),
                    w.DisabledAt is { } d ? Minutes(d) : "");
            }

            console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The webhook's id, as `webhooks list` shows it." };
        var db = CommonOptions.Db();
        var command = new Command("remove", "Remove a webhook; nothing more is sent to it and its pending deliveries are dropped.") { id, db };
        command.SetAction(parsed =>
        {
            var webhookId = parsed.GetRequiredValue(id);
            if (!Stores.Open(parsed.GetRequiredValue(db)).RemoveWebhook(webhookId))
            {
                throw new PathlightException($"No active webhook has the id '{webhookId}' (see `pathlight webhooks list`).");
            }

            console.Out.WriteLine($"Removed webhook {webhookId}.");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Utc(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFZ", CultureInfo.InvariantCulture);

    internal static string Minutes(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
