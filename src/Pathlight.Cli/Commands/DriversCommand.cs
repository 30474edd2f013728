using System.CommandLine;
using Pathlight.Drivers;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight drivers</c>: which touchpoints drive the overall outcome, and how they perform.</summary>
internal static class DriversCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var outcome = new Option<string>("--outcome")
        {
            Description = "What to explain: recommend (would recommend, yes/no), return (would come back), nps (likelihood to recommend 0–10) or churn.",
            DefaultValueFactory = _ => "recommend",
            HelpName = "recommend|return|nps|churn",
        };
        outcome.AcceptOnlyFromAmong([.. DriverOutcomes.Names]);
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var where = CommonOptions.Where();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("drivers",
            "Key-driver analysis: each touchpoint's correlation with the overall outcome, its share of the explained variance (R²) and the importance × performance quadrant.")
        {
            journey, outcome, from, to, where, format, db,
        };
        command.SetAction(parsed =>
        {
            var filter = ScorecardCommand.ParseFilter(parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(where));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            var report = store.GetDrivers(target, filter, DriverOutcomes.Parse(parsed.GetValue(outcome)));
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => DriverJson.Write(report, output));
                    break;
                case OutputFormat.Csv:
                    DriverCsv.Write(report, console.Out);
                    break;
                default:
                    DriversTable.Write(console.Ansi, report);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
