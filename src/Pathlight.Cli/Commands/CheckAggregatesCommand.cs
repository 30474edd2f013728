using System.CommandLine;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight check-aggregates</c>: recomputes a journey's aggregates from its raw facts and compares them with
/// the stored ones. Exit 0 when they agree; 1, with every difference on stdout, when they do not.
/// </summary>
internal static class CheckAggregatesCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var db = CommonOptions.Db();
        var command = new Command("check-aggregates",
            "Recompute a journey's aggregates (what the scorecard and trends read) from its raw facts and list every difference from the stored ones.")
        {
            journey, db,
        };
        command.SetAction(parsed =>
        {
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            var differences = store.CheckAggregates(target.Id);
            if (differences.Count == 0)
            {
                console.Out.WriteLine($"The aggregates of '{target.Id}' agree with its raw facts.");
                return ExitCodes.Success;
            }

            foreach (var difference in differences)
            {
                console.Out.WriteLine(difference);
            }

            console.Error.WriteLine(
                $"error: {differences.Count} difference{(differences.Count == 1 ? "" : "s")} between the aggregates of '{target.Id}' and its raw facts; " +
                "this is a bug in Pathlight, please report it.");
            return ExitCodes.Failure;
        });
        return command;
    }
}
