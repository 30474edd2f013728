using System.Globalization;
using Pathlight.Statistics;
using Pathlight.Support;
using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>The support report as tables for people: the support experience, then churn and NPS with and without a case.</summary>
internal static class SupportTable
{
    internal static void Write(IAnsiConsole console, SupportReport report)
    {
        console.MarkupLine($"[bold]Support experience — {Markup.Escape(report.JourneyName)}[/] ({Markup.Escape(report.JourneyId)}){Markup.Escape(Window(report))}");
        if (report.Overall.Cases == 0)
        {
            console.MarkupLine("No support cases match these filters.");
        }

        var rows = report.Touchpoints.Where(r => r.Cases > 0).Append(report.Overall).ToList();
        var experience = Table("Caused by", "Cases", "Customers", "Contacts", "Per 1,000 interactions [[95% CI]]",
            "Recover median h [[95% CI]]", "p90 h [[95% CI]]", "Open", "FCR % [[95% CI]]", "Reopened % [[95% CI]]");
        foreach (var row in rows)
        {
            experience.AddRow(Name(row, report), Count(row.Cases), Count(row.Customers), Count(row.Contacts),
                Text(row.CasesPerThousand, 1), Text(row.RecoveryMedianHours, 1), Text(row.RecoveryP90Hours, 1), Count(row.Open),
                Text(row.FirstContactResolution, 1), Text(row.Reopen, 1));
        }

        console.Write(experience);

        var after = Table("Caused by", "Churn 90 d, case %", "Churn, no case %", "Difference pp", "NPS after case", "NPS, no case", "Difference");
        foreach (var row in rows)
        {
            after.AddRow(Name(row, report), Text(row.Churn.WithCase, 1), Text(row.Churn.Without, 1), Text(row.Churn.Difference, 1),
                Text(row.Nps.WithCase, 0), Text(row.Nps.Without, 0), Text(row.Nps.Difference, 0));
        }

        console.Write(after);
        console.MarkupLine(Markup.Escape(
            $"Churn: a churned outcome within {SupportDefinitions.ChurnWindowDays} days after the customer's first case caused there, against " +
            "customers who visited the touchpoint and never had a case (from their first visit); customers whose window ends after " +
            $"the latest data ({Date(report.ObservedUntil)}) are left out. NPS: each customer's latest relationship answer after that " +
            "moment. Intervals are 95%: exact Poisson for rates, order statistics for times, Wilson for percentages, Newcombe for " +
            "the churn difference, adjusted Wald for NPS. n follows each value."));
    }

    private static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns(columns);
        foreach (var column in table.Columns.Skip(1)) column.RightAligned().NoWrap();
        return table;
    }

    private static string Name(SupportRow row, SupportReport report) =>
        ReferenceEquals(row, report.Overall) ? $"[bold]{Markup.Escape(row.Name)}[/]" : Markup.Escape(row.Name);

    private static string Text(Measure? measure, int decimals)
    {
        if (measure is null) return "[dim]–[/]";
        var value = Number(measure.Value, decimals);
        var interval = measure is { Low: { } low, High: { } high } ? $" [[{Number(low, decimals)}, {Number(high, decimals)}]]" : "";
        return $"{value}{interval} [dim]n={Count(measure.N)}[/]";
    }

    private static string Number(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static string Window(SupportReport report)
    {
        var parts = new List<string>();
        if (report.From is { } f) parts.Add($"from {f:yyyy-MM-dd HH:mm}");
        if (report.To is { } t) parts.Add($"before {t:yyyy-MM-dd HH:mm}");
        return parts.Count == 0 ? "" : " — " + string.Join(", ", parts);
    }
}
