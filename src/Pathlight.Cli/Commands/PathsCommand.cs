using System.CommandLine;
using Pathlight.Paths;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight paths</c>: where customers went, how many left the planned order, and the common paths.</summary>
internal static class PathsCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var where = CommonOptions.Where();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("paths",
            "Show the transitions between touchpoints, the shares of customers on the planned path, on a detour, "
            + "in support or dropping off, the most common paths, and where customers leave.")
        {
            journey, from, to, where, format, db,
        };
        command.SetAction(parsed =>
        {
            var filter = ScorecardCommand.ParseFilter(parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(where));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            var report = store.GetPaths(target, filter);
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => PathsJson.Write(report, output));
                    break;
                case OutputFormat.Csv:
                    PathsCsv.Write(report, console.Out);
                    break;
                default:
                    PathsTable.Write(console.Ansi, report, PathPlan.For(target));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
