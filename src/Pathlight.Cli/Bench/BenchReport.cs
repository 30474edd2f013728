using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Pathlight.Cli.Bench;

/// <summary>The benchmark's results as a table on the console and as Markdown ready to paste into docs/benchmarks.md.</summary>
internal static class BenchReport
{
    private static readonly string[] Headers = ["Measure", "Pathlight", "Baseline (plain DuckDB)", "Speed vs baseline", "Target", "Result"];

    public static void Write(IAnsiConsole console, BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(results);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Title(results)));
        foreach (var header in Headers)
        {
            var column = new TableColumn(header);
            if (header is "Pathlight" or "Baseline (plain DuckDB)" or "Speed vs baseline") column.RightAligned();
            table.AddColumn(column);
        }

        foreach (var row in results.Rows)
        {
            var result = row.Met switch
            {
                true => "[green]met[/]",
                false => "[red]missed[/]",
                null => "",
            };
            table.AddRow(Markup.Escape(row.Measure), row.PathlightText, row.BaselineText, row.SpeedUpText, Markup.Escape(row.Target), result);
        }

        console.Write(table);
        foreach (var line in Details(results))
        {
            console.WriteLine(line);
        }

        foreach (var row in results.Rows.Where(r => r.Note is not null))
        {
            console.WriteLine($"{row.Measure}: {row.Note}");
        }
    }

    public static string Markdown(BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.Append("### ").AppendLine(Title(results)).AppendLine();
        foreach (var line in Details(results))
        {
            text.AppendLine(line + "  ");
        }

        text.AppendLine();
        text.Append("| ").AppendJoin(" | ", Headers).AppendLine(" |");
        text.AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var row in results.Rows)
        {
            text.Append("| ").AppendJoin(" | ", [Cell(row.Measure), row.PathlightText, row.BaselineText, row.SpeedUpText, Cell(row.Target), row.MetText])
                .AppendLine(" |");
        }

        var notes = results.Rows.Where(r => r.Note is not null).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine();
            foreach (var row in notes)
            {
                text.Append("- ").Append(row.Measure).Append(": ").AppendLine(row.Note);
            }
        }

        return text.ToString();
    }

    private static string Title(BenchResults results) => string.Create(CultureInfo.InvariantCulture,
        $"{results.Size.Responses:N0} responses, {results.Size.Touchpoints} touchpoints, {results.Size.Customers:N0} customers, {results.Size.Months} months");

    private static IEnumerable<string> Details(BenchResults results)
    {
        yield return $"Machine: {results.Machine}.";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Data: seed {results.Size.Seed}, {BenchData.RelationshipPercent}% relationship responses; CSV {Megabytes(results.Files.Csv)}, Pathlight store {Megabytes(results.Files.Store)}, baseline database {Megabytes(results.Files.Baseline)}.");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Queries: median of {results.Runs} run{(results.Runs == 1 ? "" : "s")} after one warm-up (one run when the warm-up took over {Timing.LongQuery.TotalMinutes:N0} minute). Speed vs baseline: how many times faster Pathlight is (below 1×: slower).");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
