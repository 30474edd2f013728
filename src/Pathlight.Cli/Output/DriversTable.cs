using System.Globalization;
using Pathlight.Drivers;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>The driver report as a table for people: most important first, with r, share of R² and quadrant.</summary>
internal static class DriversTable
{
    internal static void Write(IAnsiConsole console, DriverReport report)
    {
        console.MarkupLine($"[bold]Key drivers of {Markup.Escape(DriverOutcomes.Describe(report.Outcome).ToLowerInvariant())}[/] — "
            + $"{Markup.Escape(report.JourneyName)} ({Markup.Escape(report.JourneyId)})");
        if (report.R2 is not { } r2)
        {
            console.MarkupLine($"No model: {Markup.Escape(report.Excluded.FirstOrDefault()?.Reason ?? "no touchpoint scores")} "
                + $"({report.N.ToString("N0", CultureInfo.InvariantCulture)} customers with an outcome).");
            return;
        }

        console.MarkupLine(Markup.Escape(
            $"R² = {Number(r2, 3)} over {report.N.ToString("N0", CultureInfo.InvariantCulture)} customers with an outcome "
            + $"({report.Customers.ToString("N0", CultureInfo.InvariantCulture)} with a touchpoint score); importance by {DriverText.Label(report.Method)}."));
        var table = new Table().Border(TableBorder.Rounded).AddColumns(
            "#", "Touchpoint", "r [[95% CI]]", "n", "Importance", "Share", "Performance [[95% CI]]", "Quadrant");
        foreach (var column in table.Columns.Skip(2).Take(5))
        {
            column.RightAligned().NoWrap();
        }

        foreach (var d in report.Drivers)
        {
            table.AddRow(
                d.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(d.Name) + (d.Owner is null ? "" : $"\n[dim]{Markup.Escape(d.Owner)}[/]"),
                Markup.Escape($"{Signed(d.R)} [{(d.RLow is { } l ? Signed(l) : "–")}, {(d.RHigh is { } h ? Signed(h) : "–")}]"),
                d.N.ToString("N0", CultureInfo.InvariantCulture),
                Number(d.Importance, 3),
                Number(100 * d.Share, 1) + "%",
                Markup.Escape($"{Number(d.Performance.Value, 2)} [{Bound(d.Performance.Low)}, {Bound(d.Performance.High)}]"),
                Quadrant(d.Quadrant));
        }

        console.Write(table);
        foreach (var e in report.Excluded)
        {
            console.MarkupLine($"[dim]Left out: {Markup.Escape(e.Name)} — {Markup.Escape(e.Reason)} (n = {e.N}).[/]");
        }

        console.MarkupLine($"[dim]Quadrant cuts ({DriverReport.CutRule}): importance {Number(report.ImportanceCut ?? 0, 3)}, "
            + $"performance {Number(report.PerformanceCut ?? 0, 2)} (mean score 0–10).[/]");
        console.MarkupLine($"[dim]Missing touchpoints: {Markup.Escape(report.Missing.Description)}[/]");
    }

    private static string Quadrant(DriverQuadrant quadrant) => quadrant switch
    {
        DriverQuadrant.FixFirst => $"[red]{DriverText.Label(quadrant)}[/]",
        DriverQuadrant.KeepUp => $"[green]{DriverText.Label(quadrant)}[/]",
        _ => DriverText.Label(quadrant),
    };

    private static string Number(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string Bound(double? value) => value is { } v ? Number(v, 2) : "–";

    private static string Signed(double value) => value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);
}
