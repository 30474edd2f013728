using System.CommandLine;
using System.Globalization;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight erasures</c>: the erasure log — every erasure and retention run, with counts only.</summary>
internal static class ErasuresCommand
{
    internal static Command Create(CliConsole console)
    {
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("erasures",
            "List every erasure and retention run, newest first: its id, when, why and how much it removed (never who).")
        {
            format, db,
        };
        command.SetAction(parsed =>
        {
            var log = Stores.Open(parsed.GetRequiredValue(db)).ListErasures();
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => ErasureJson.WriteLog(log, output));
                    break;
                case OutputFormat.Csv:
                    ErasureCsv.WriteLog(log, console.Out);
                    break;
                default:
                    WriteTable(console.Ansi, log);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<(Erasure Erasure, string Reason)> log)
    {
        if (log.Count == 0)
        {
            console.MarkupLine("No erasures or retention runs are recorded.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Id", "When (UTC)", "Reason", "Journeys", "Interactions", "Responses", "Cases", "Outcomes", "Identifiers");
        foreach (var column in table.Columns.Skip(3)) column.RightAligned();
        foreach (var (erasure, reason) in log)
        {
            var r = erasure.Removed;
            table.AddRow([erasure.Id, erasure.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), reason,
                .. new[] { r.Journeys, r.Interactions, r.Responses, r.Cases, r.Outcomes, r.Identifiers }
                    .Select(n => n.ToString("N0", CultureInfo.InvariantCulture))]);
        }

        console.Write(table);
    }
}
