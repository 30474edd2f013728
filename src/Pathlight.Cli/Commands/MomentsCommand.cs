using System.CommandLine;
using Pathlight.Storage.DuckDb;
using Pathlight.Timelines;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight moments</c>: how much the first, last, best and worst contacts weigh beyond the average.</summary>
internal static class MomentsCommand
{
    internal static Command Create(CliConsole console)
    {
        var outcome = new Option<string>("--outcome")
        {
            Description = "The overall outcome from the latest relationship answer: nps (likelihood to recommend 0–10), "
                + "recommend (would recommend, yes/no) or return (would come back, yes/no).",
            DefaultValueFactory = _ => "nps",
        };
        outcome.AcceptOnlyFromAmong([.. MomentsOutcomes.All]);
        var journey = CommonOptions.Journey();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var where = CommonOptions.Where();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("moments",
            "Weigh customers' first contact, last contact and best and worst moments against their average as predictors of the overall outcome.")
        {
            outcome, journey, from, to, where, format, db,
        };
        command.SetAction(parsed =>
        {
            var filter = ScorecardCommand.ParseFilter(parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(where));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            var report = MomentsAnalysis.Analyze(target, store.GetCustomerScores(target, filter),
                MomentsOutcomes.Parse(parsed.GetValue(outcome)));
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => MomentsJson.Write(report, output));
                    break;
                case OutputFormat.Csv:
                    MomentsCsv.Write(report, console.Out);
                    break;
                default:
                    MomentsTable.Write(console.Ansi, report);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
