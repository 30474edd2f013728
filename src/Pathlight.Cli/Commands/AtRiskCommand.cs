using System.CommandLine;
using System.Globalization;
using Pathlight.AtRisk;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight at-risk</c>: the customers to follow up now, with the reasons and a risk score.</summary>
internal static class AtRiskCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var days = new Option<int>("--days")
        {
            Description = "How many days before the as-of time to look back.",
            DefaultValueFactory = _ => AtRiskWindow.DefaultDays,
            HelpName = "N",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The moment to draw the list up for: `now`, a date (its end) or a timestamp. Default: the journey's latest contact, so a replayed or demo store gives the list as of its own data.",
            HelpName = "TIME",
        };
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("at-risk", "List customers at risk now: a low score at a red touchpoint, an open or reopened case, or a detractor answer.")
        {
            journey, days, asOf, format, db,
        };
        command.SetAction(parsed =>
        {
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            AtRiskWindow window;
            try
            {
                window = store.AtRiskWindowFor(target, parsed.GetValue(days), parsed.GetValue(asOf), DateTime.UtcNow);
            }
            catch (PathlightException e)
            {
                throw new UsageException(e.Message);
            }

            var list = store.GetAtRisk(target, window);
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => AtRiskJson.Write(list, output));
                    break;
                case OutputFormat.Csv:
                    AtRiskCsv.Write(list, console.Out);
                    break;
                default:
                    WriteTable(console.Ansi, list, target);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, AtRiskList list, Journeys.Journey journey)
    {
        var source = list.Window.Source switch
        {
            AsOfSource.LatestContact => "the latest contact",
            AsOfSource.Now => "now",
            _ => "as given",
        };
        console.MarkupLine($"[bold]{Markup.Escape(list.JourneyName)}[/] ({Markup.Escape(list.JourneyId)}) — customers at risk as of "
            + $"{Time(list.Window.AsOf)} UTC ({source}), looking back {list.Window.Days} days");
        var red = list.RedTouchpoints.Count == 0 ? "none" : string.Join(", ", list.RedTouchpoints.Select(t => Name(journey, t)));
        console.MarkupLine(Markup.Escape($"Red touchpoints in the window: {red}."));
        if (list.Customers.Count == 0)
        {
            console.MarkupLine("Nobody is at risk in this window.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Customer", "Risk", "Reasons", "Last contact (UTC)");
        table.Columns[1].RightAligned();
        table.Columns[3].NoWrap();
        foreach (var customer in list.Customers)
        {
            var reasons = string.Join("\n", customer.Reasons.Select(r => Markup.Escape(
                $"{AtRiskRules.Describe(r.Kind)}: {Name(journey, r.TouchpointId)}, {Time(r.At)}, {Value(r)} ({r.FactId})")));
            table.AddRow(Markup.Escape(customer.CustomerId), customer.RiskScore.ToString(CultureInfo.InvariantCulture), reasons,
                Time(customer.LastContact));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            $"{list.Customers.Count:N0} customers at risk; {list.ChurnedExcluded:N0} more met a rule but have churned. "
            + "Risk score: open case 3, detractor 2, reopened case 2, low score at a red touchpoint 1, added up."));
    }

    private static string Value(RiskReason reason) =>
        reason.Kind is RiskReasonKind.Detractor or RiskReasonKind.RedTouchpoint ? $"score {reason.Value}" : reason.Value;

    private static string Name(Journeys.Journey journey, string? touchpointId) =>
        touchpointId is null ? "relationship survey" : journey.FindTouchpoint(touchpointId)?.Name ?? touchpointId;

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
