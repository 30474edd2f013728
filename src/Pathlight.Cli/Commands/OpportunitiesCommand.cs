using System.CommandLine;
using System.Text;
using Pathlight.Opportunities;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight opportunities</c>: the ranked backlog of improvement opportunities, with owner, evidence and statement.</summary>
internal static class OpportunitiesCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var where = CommonOptions.Where();
        var format = CommonOptions.Format();
        var output = new Option<string?>("--output")
        {
            Description = "Write the export to this file instead of the console: JSON with --format json, otherwise CSV (the table still shows).",
            HelpName = "FILE",
        };
        var db = CommonOptions.Db();
        var command = new Command("opportunities",
            "The ranked backlog of improvement opportunities: importance × shortfall to target × reach, plus the support demand " +
            "each touchpoint creates weighted by the loyalty it costs, with owner, evidence and a one-line statement for the owning team.")
        {
            journey, from, to, where, format, output, db,
        };
        command.SetAction(parsed =>
        {
            var filter = ScorecardCommand.ParseFilter(parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(where));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var report = store.GetOpportunities(store.GetJourney(parsed.GetValue(journey)), filter);
            var chosen = parsed.GetValue(format);
            if (parsed.GetValue(output) is { } path)
            {
                using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
                {
                    Export(report, chosen == OutputFormat.Json ? OutputFormat.Json : OutputFormat.Csv, file);
                }

                if (chosen == OutputFormat.Table) OpportunitiesTable.Write(console.Ansi, report);
                console.Error.WriteLine($"Wrote {report.Opportunities.Count} opportunities to {path}.");
                return ExitCodes.Success;
            }

            if (chosen == OutputFormat.Table) OpportunitiesTable.Write(console.Ansi, report);
            else Export(report, chosen, console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Export(OpportunityReport report, OutputFormat format, TextWriter writer)
    {
        if (format == OutputFormat.Csv)
        {
            OpportunityCsv.Write(report, writer);
            return;
        }

        using var json = new MemoryStream();
        OpportunityJson.Write(report, json);
        writer.WriteLine(Encoding.UTF8.GetString(json.ToArray()));
    }
}
