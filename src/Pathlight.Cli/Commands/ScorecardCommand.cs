using System.CommandLine;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Scorecards;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight scorecard</c>: the journey map as lights, gaps and metrics with intervals.</summary>
internal static class ScorecardCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = CommonOptions.Journey();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var where = CommonOptions.Where();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("scorecard", "Show each touchpoint's light, expectation gap, NPS, CSAT, CES, three questions and KPI.")
        {
            journey, from, to, where, format, db,
        };
        command.SetAction(parsed =>
        {
            var filter = ParseFilter(parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(where));
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var target = store.GetJourney(parsed.GetValue(journey));
            Print(console, store, target, filter, parsed.GetValue(format));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static FactFilter ParseFilter(string? from, string? to, string[]? where)
    {
        try
        {
            return FactFilter.Parse(from, to, where);
        }
        catch (PathlightException e)
        {
            throw new UsageException(e.Message);
        }
    }

    internal static void Print(CliConsole console, DuckDbStore store, Journey journey, FactFilter filter, OutputFormat format)
    {
        var card = ScorecardBuilder.Build(journey, store.GetStatistics(journey, filter), filter.From, filter.To);
        switch (format)
        {
            case OutputFormat.Json:
                ReportOutput.Json(console, output => ScorecardJson.Write(card, output));
                break;
            case OutputFormat.Csv:
                ScorecardCsv.Write(card, console.Out);
                break;
            default:
                ScorecardTable.Write(console.Ansi, card, journey, Describe(filter));
                break;
        }
    }

    private static string Describe(FactFilter filter)
    {
        var parts = new List<string>();
        if (filter.From is { } f) parts.Add($"from {f:yyyy-MM-dd HH:mm}");
        if (filter.To is { } t) parts.Add($"before {t:yyyy-MM-dd HH:mm}");
        parts.AddRange(filter.Where.Select(w => $"{w.Key}={w.Value}"));
        return parts.Count == 0 ? "" : " — " + string.Join(", ", parts);
    }
}
