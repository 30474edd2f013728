using System.CommandLine;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight customer ID</c>: one customer's timeline across channels and their journey-level experience.</summary>
internal static class CustomerCommand
{
    internal static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The customer id (customer_id in the facts)." };
        var journey = CommonOptions.Journey();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("customer",
            "Show a customer's interactions, responses, cases and outcomes in time order, with their running experience.")
        {
            id, journey, format, db,
        };
        command.SetAction(parsed =>
        {
            var store = DuckDbStore.Open(parsed.GetRequiredValue(db), create: false);
            var target = store.GetJourney(parsed.GetValue(journey));
            var customer = parsed.GetRequiredValue(id).Trim();
            var timeline = TimelineBuilder.Build(target, customer, store.GetCustomerFacts(target.Id, customer));
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => TimelineJson.Write(timeline, output));
                    break;
                case OutputFormat.Csv:
                    TimelineCsv.Write(timeline, console.Out);
                    break;
                default:
                    TimelineTable.Write(console.Ansi, timeline);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
