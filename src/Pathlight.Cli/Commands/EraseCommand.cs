using System.CommandLine;
using System.Globalization;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight erase --identifier kind:value [--yes]</c>: removes the customer an identifier belongs to from every
/// journey, after confirmation, and prints what was removed with the erasure's id.
/// </summary>
internal static class EraseCommand
{
    internal static Command Create(CliConsole console)
    {
        var identifier = CommonOptions.IdentifierOption("The identifier the person gave.");
        identifier.Required = true;
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation (needed when not run on a terminal)." };
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("erase",
            "Erase a customer, found by any identifier, from every journey: their facts, identifiers, links, merge history and "
            + "webhook deliveries, with every figure derived from them. Only counts are kept, in the erasure log. Cannot be undone.")
        {
            identifier, yes, format, db,
        };
        command.SetAction(parsed =>
        {
            var wanted = CommonOptions.ParseIdentifier(parsed.GetRequiredValue(identifier));
            var confirmed = parsed.GetValue(yes);
            var prompt = console.Interactive && !Console.IsInputRedirected;
            if (!confirmed && !prompt)
            {
                throw new UsageException("erase asks for confirmation on a terminal; to erase without asking, pass --yes.");
            }

            var store = Stores.Open(parsed.GetRequiredValue(db));
            var found = Find(store, wanted);
            if (found.Count == 0)
            {
                throw new PathlightException($"No journey knows {wanted}; nothing was erased.");
            }

            if (found.Any(f => f.Identity.Identifiers is [{ Shared: true }]))
            {
                console.Error.WriteLine($"warning: {wanted} is shared by several customers; erasing it removes the identifier and its links, "
                    + "not the facts of the customers who share it. Erase each of them by an identifier of their own.");
            }

            if (!confirmed && !Confirm(console, wanted, found))
            {
                console.Error.WriteLine("Nothing was erased.");
                return ExitCodes.Failure;
            }

            var erasure = store.EraseCustomer(wanted) ?? throw new PathlightException($"No journey knows {wanted} any more; nothing was erased.");
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => ErasureJson.Write(erasure, output));
                    break;
                case OutputFormat.Csv:
                    ErasureCsv.Write(erasure, console.Out);
                    break;
                default:
                    WriteTable(console.Ansi, erasure);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static List<(string Journey, CustomerIdentity Identity)> Find(DuckDbStore store, Identifier wanted)
    {
        var found = new List<(string, CustomerIdentity)>();
        foreach (var summary in store.ListJourneys())
        {
            var journey = store.GetJourney(summary.Id);
            if (store.FindCustomer(journey, wanted) is { } key && store.GetCustomerIdentity(journey, key) is { } identity)
            {
                found.Add((journey.Id, identity));
            }
        }

        return found;
    }

    private static bool Confirm(CliConsole console, Identifier wanted, List<(string Journey, CustomerIdentity Identity)> found)
    {
        console.Ansi.MarkupLine(Markup.Escape($"{wanted} belongs to:"));
        foreach (var (journey, identity) in found)
        {
            console.Ansi.MarkupLine(Markup.Escape(
                $"  customer {identity.Key} in journey {journey}, known by {identity.Identifiers.Count} identifier(s)"));
        }

        return console.Ansi.Confirm("Erase everything held about them? This cannot be undone.", defaultValue: false);
    }

    private static void WriteTable(IAnsiConsole console, Erasure erasure)
    {
        var r = erasure.Removed;
        console.MarkupLine(Markup.Escape($"Erased. Erasure id {erasure.Id} at {erasure.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC; "
            + "quote it to the person who asked. The erasure log keeps the counts below, nothing that identifies them."));
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Removed", "Count");
        table.Columns[1].RightAligned();
        foreach (var (name, count) in new (string, long)[]
        {
            ("journeys", r.Journeys), ("interactions", r.Interactions), ("responses", r.Responses), ("cases", r.Cases),
            ("outcomes", r.Outcomes), ("identifiers", r.Identifiers), ("links between identifiers", r.Links),
            ("merge history entries", r.Events), ("webhook deliveries", r.WebhookDeliveries),
        })
        {
            table.AddRow(name, count.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
