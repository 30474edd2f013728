using System.Globalization;
using Pathlight.Opportunities;
using Pathlight.Statistics;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>The opportunity backlog for people: one row per opportunity with its terms and evidence, then the statements.</summary>
internal static class OpportunitiesTable
{
    internal static void Write(IAnsiConsole console, OpportunityReport report)
    {
        console.MarkupLine($"[bold]Improvement opportunities — {Markup.Escape(report.JourneyName)}[/] ({Markup.Escape(report.JourneyId)})"
            + $" — {Count(report.Customers)} customers");
        if (report.Opportunities.Count == 0)
        {
            console.MarkupLine("No touchpoint falls short of expectations or creates support cases under these filters.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Touchpoint", "Priority", "Loyalty", "Support",
            "Gap [[95% CI]]", "Share of R²", "Reach % [[95% CI]]", "KPI vs target", "Cases per 1,000 [[95% CI]]", "With a case");
        foreach (var column in table.Columns.Skip(2)) column.RightAligned().NoWrap();
        foreach (var o in report.Opportunities)
        {
            var e = o.Evidence;
            table.AddRow(
                Count(o.Rank),
                Markup.Escape(o.Name) + (o.Owner is null ? "" : $"\n[dim]{Markup.Escape(o.Owner)}[/]"),
                Percent(o.Priority), Percent(o.LoyaltyTerm), Percent(o.SupportTerm),
                Text(e.Gap, 2, signed: true) + $"\n[dim]{Markup.Escape(e.Light.ToString().ToUpperInvariant())}[/]",
                e.Importance.Note is null ? Number(100 * e.Importance.Share, 1) + "%" : "[dim]not in model[/]",
                Text(e.Reach, 1),
                e.Kpi is { Value: { } kpi } k ? Markup.Escape($"{Number(kpi.Value, 1)} vs {(k.HigherIsBetter ? "≥" : "≤")}{Number(k.Target, 1)}") + $"\n[dim]n={Count(kpi.N)}[/]" : "[dim]–[/]",
                Text(e.CasesPerThousand, 1),
                Count(e.CaseCustomers));
        }

        console.Write(table);
        foreach (var o in report.Opportunities)
        {
            console.MarkupLine($"{o.Rank}. {Markup.Escape(o.Statement)}");
            if (o.Evidence.Importance.Note is { } note) console.MarkupLine($"   [dim]Importance 0: {Markup.Escape(note)}.[/]");
        }

        console.MarkupLine(Markup.Escape(
            "Priority = loyalty + support, in % of the journey's customers. Loyalty = share of R² for would-recommend × " +
            "shortfall below expectation / 10 × reach; support = customers with a case the touchpoint caused. Intervals are 95%; n follows each value."));
    }

    private static string Text(Measure? measure, int decimals, bool signed = false)
    {
        if (measure is null) return "[dim]–[/]";
        string Format(double v) => signed && v > 0 ? "+" + Number(v, decimals) : Number(v, decimals);
        var interval = measure is { Low: { } low, High: { } high } ? $" [[{Format(low)}, {Format(high)}]]" : "";
        return $"{Format(measure.Value)}{interval} [dim]n={Count(measure.N)}[/]";
    }

    private static string Percent(double share) => Number(100 * share, 2) + "%";

    private static string Number(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
