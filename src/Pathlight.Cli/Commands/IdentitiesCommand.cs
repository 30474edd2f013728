using System.CommandLine;
using System.Globalization;
using Pathlight.Identity;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight identities shared</c>: the identifiers too many customer_ids share to merge anyone (the over-merge report).</summary>
internal static class IdentitiesCommand
{
    internal static Command Create(CliConsole console) =>
        new("identities", "Reports on how facts are stitched into customers.")
        {
            Shared(console),
        };

    private static Command Shared(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("shared",
            "List the identifiers seen with more customer_ids than options.identity.max_customer_ids allows (a shop tablet, a "
            + "family e-mail address): they are kept but merge no one.")
        {
            journey, format, db,
        };
        command.SetAction(parsed =>
        {
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            var shared = store.GetSharedIdentifiers(target);
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => SharedIdentifiersJson.Write(target, shared, output));
                    break;
                case OutputFormat.Csv:
                    SharedIdentifiersCsv.Write(shared, console.Out);
                    break;
                default:
                    WriteTable(console.Ansi, target, shared);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, Journey journey, IReadOnlyList<SharedIdentifier> shared)
    {
        var limit = journey.Options.Identity.MaxCustomerIds;
        console.MarkupLine(Markup.Escape($"{journey.Name} ({journey.Id}) — identifiers seen with more than {limit} customer_id(s)"));
        if (shared.Count == 0)
        {
            console.MarkupLine("None: every identifier belongs to at most that many customer_ids, so each one merges freely.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Identifier", "Customer ids", "First seen (UTC)");
        table.Columns[1].RightAligned();
        foreach (var item in shared)
        {
            table.AddRow(Markup.Escape(item.Identifier.ToString()), item.CustomerIds.ToString("N0", CultureInfo.InvariantCulture),
                item.FirstSeen.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{shared.Count:N0} shared identifier(s); they are kept on their facts but no longer join customers. "
            + "Raise options.identity.max_customer_ids only if such an identifier truly belongs to one person."));
    }
}
