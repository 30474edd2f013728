using System.CommandLine;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight support</c>: the support experience per causing touchpoint, with n and intervals.</summary>
internal static class SupportCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var where = CommonOptions.Where();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("support",
            "Show, per touchpoint that caused support cases: cases per 1,000 interactions, time to recover, first-contact " +
            "resolution, reopen rate, churn within 90 days and NPS after support against customers without a case.")
        {
            journey, from, to, where, format, db,
        };
        command.SetAction(parsed =>
        {
            var filter = ScorecardCommand.ParseFilter(parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(where));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            Print(console, Build(store, target, filter), parsed.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static SupportReport Build(DuckDbStore store, Journey journey, FactFilter filter) =>
        SupportReportBuilder.Build(journey, store.GetSupport(journey, filter), filter.From, filter.To);

    private static void Print(CliConsole console, SupportReport report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                ReportOutput.Json(console, output => SupportJson.Write(report, output));
                break;
            case OutputFormat.Csv:
                SupportCsv.Write(report, console.Out);
                break;
            default:
                SupportTable.Write(console.Ansi, report);
                break;
        }
    }
}
