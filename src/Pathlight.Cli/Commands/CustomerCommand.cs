using System.CommandLine;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight customer ID|--identifier kind:value</c>: one stitched customer's timeline across channels, their
/// journey-level experience, their identifiers and how they were stitched.
/// </summary>
internal static class CustomerCommand
{
    internal static Command Create(CliConsole console)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The customer's id: a customer_id of theirs, or their customer key as reports show it.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var identifier = CommonOptions.IdentifierOption("Find the customer by any identifier of theirs instead of an id.");
        var journey = CommonOptions.Journey();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("customer",
            "Show a customer's interactions, responses, cases and outcomes in time order, with their running experience, identifiers and how they were stitched.")
        {
            id, identifier, journey, format, db,
        };
        command.SetAction(parsed =>
        {
            var wanted = Wanted(parsed.GetValue(id), parsed.GetValue(identifier));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            var timeline = store.GetCustomerTimeline(target, wanted);
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
                    IdentityTable.Write(console.Ansi, timeline.Identity, target.Options.Identity.Pseudonymize);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Identifier Wanted(string? id, string? identifier) => (id?.Trim(), identifier) switch
    {
        ({ Length: > 0 }, null) => new Identifier(IdentifierKinds.CustomerId, id.Trim()),
        (null or "", { } text) => CommonOptions.ParseIdentifier(text),
        (null or "", null) => throw new UsageException("Name the customer: give their ID, or --identifier kind:value."),
        _ => throw new UsageException("Give the customer's ID or --identifier, not both."),
    };
}
