using System.Globalization;
using Pathlight.Paths;
using Pathlight.Statistics;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>The path report as tables for people: shares, common paths, where customers leave, transitions.</summary>
internal static class PathsTable
{
    internal static void Write(IAnsiConsole console, PathReport report, PathPlan plan)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.JourneyName)}[/] ({Markup.Escape(report.JourneyId)}) — paths of "
            + $"{Count(report.Customers)} customers");
        if (report.Customers == 0)
        {
            console.MarkupLine("[dim]No interactions with a customer id match these filters, so there are no paths.[/]");
            return;
        }

        var shares = new Table().Border(TableBorder.Rounded).AddColumns("Customers whose path…", "%", "95% CI", "Customers");
        foreach (var column in shares.Columns.Skip(1)) column.RightAligned();
        foreach (var share in report.Classes)
        {
            shares.AddRow(Markup.Escape(PathText.Label(share.Class)), Percent(share.Share), Interval(share.Share),
                Count(share.Customers));
        }

        shares.AddEmptyRow();
        AddFlag(shares, "…had any detour back", report.Shares.Detour);
        AddFlag(shares, "…entered support at any point", report.Shares.Support);
        AddFlag(shares, "…never reached the goal", report.Shares.DropOff);
        AddFlag(shares, "…left the planned order in any way", report.Shares.LeftPlanned);
        console.Write(shares);

        var paths = new Table().Border(TableBorder.Rounded).AddColumns("Most common paths", "Class", "Customers", "%");
        paths.Columns[2].RightAligned();
        paths.Columns[3].RightAligned();
        foreach (var path in report.TopPaths)
        {
            paths.AddRow(Markup.Escape(string.Join(" → ", path.Nodes.Select(plan.NameOf))), PathText.Of(path.Verdict.Class),
                Count(path.Customers), Percent(path.Share));
        }

        console.Write(paths);

        var nodes = new Table().Border(TableBorder.Rounded).AddColumns("Touchpoint", "Reached", "Went on %", "Left there %", "95% CI (left)");
        foreach (var column in nodes.Columns.Skip(1)) column.RightAligned();
        foreach (var node in report.Nodes)
        {
            var name = Markup.Escape(node.Name) + (node.Support ? " [dim](support)[/]" : "");
            nodes.AddRow(name, Count(node.Customers), Percent(node.Continue), Percent(node.Leave), Interval(node.Leave));
        }

        console.Write(nodes);

        var transitions = new Table().Border(TableBorder.Rounded).AddColumns("From", "To", "Moves");
        transitions.Columns[2].RightAligned();
        foreach (var transition in report.Transitions)
        {
            transitions.AddRow(Markup.Escape(plan.NameOf(transition.From)), Markup.Escape(plan.NameOf(transition.To)),
                Count(transition.Count));
        }

        console.Write(transitions);
        console.MarkupLine(Markup.Escape(
            $"Support: {string.Join(", ", report.SupportNodes.Select(plan.NameOf))}"
            + (report.CasesAsSupport ? " (support cases, as the journey marks no support touchpoint)" : "")
            + $". Goal: {string.Join(", ", report.GoalTouchpoints.Select(plan.NameOf))}. "
            + "A detour is a move back to an earlier touchpoint; a drop-off never reaches the goal. Intervals: Wilson 95%."));
    }

    private static void AddFlag(Table table, string label, Measure? share) =>
        table.AddRow(Markup.Escape(label), Percent(share), Interval(share), share is null ? "–" : Count(Successes(share)));

    private static long Successes(Measure share) => (long)Math.Round(share.Value * share.N / 100);

    private static string Percent(Measure? m) => m is null ? "–" : m.Value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Interval(Measure? m) => m is { Low: { } low, High: { } high }
        ? $"{low.ToString("0.0", CultureInfo.InvariantCulture)}–{high.ToString("0.0", CultureInfo.InvariantCulture)}"
        : "–";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
