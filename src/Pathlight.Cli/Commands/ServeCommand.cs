using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Pathlight.Server;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight serve</c>: the dashboard, survey pages and REST API over a store.</summary>
internal static class ServeCommand
{
    internal static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; loopback by default, so nothing is exposed unless you say so.",
            DefaultValueFactory = _ => PathlightServer.DefaultUrls,
            HelpName = "URLS",
        };
        var logFormat = new Option<string>("--log-format")
        {
            Description = "plain (one line per event) or json (one JSON object per line, for log collectors).",
            DefaultValueFactory = _ => "plain",
        };
        logFormat.AcceptOnlyFromAmong("plain", "json");
        var db = CommonOptions.Db();
        var command = new Command("serve", "Serve the dashboard, the survey pages and the REST API (Ctrl+C stops it).") { urls, logFormat, db };
        command.SetAction(async (parsed, cancellation) =>
        {
            var path = parsed.GetRequiredValue(db);
            Stores.Open(path);
            await using var app = PathlightServer.Build(new Dictionary<string, string?>
            {
                ["urls"] = parsed.GetRequiredValue(urls),
                ["Pathlight:Db"] = path,
                ["Pathlight:LogFormat"] = parsed.GetValue(logFormat),
            });
            await app.StartAsync(cancellation);
            foreach (var address in app.Urls)
            {
                console.Error.WriteLine($"Pathlight is serving {path} at {address} (dashboard: {address}/, API: {address}/api/v1, OpenAPI: {address}/openapi/v1.json).");
            }

            await app.WaitForShutdownAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
