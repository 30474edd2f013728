using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;
using Pathlight.Statistics;

namespace Pathlight.Paths;

/// <summary>
/// Writes a path report as RFC 4180 CSV, one row per figure, first column <c>section</c>: <c>share</c> (id names the
/// share), <c>class</c>, <c>transition</c>, <c>path</c>, <c>touchpoint</c> (count is the customers who left there,
/// share the percentage leaving) and <c>flow</c>. Cells a section does not use are empty.
/// </summary>
public static class PathsCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["section", "id", "name", "step", "from", "to", "path", "class", "customers", "count", "share", "share_low", "share_high", "share_n"];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(PathReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);

        var shares = report.Shares;
        foreach (var (id, measure) in new[]
        {
            ("planned", shares.Planned), ("detour", shares.Detour), ("support", shares.Support),
            ("drop_off", shares.DropOff), ("left_planned", shares.LeftPlanned),
        })
        {
            Row(csv, "share", id: id, customers: report.Customers, share: measure);
        }

        foreach (var share in report.Classes)
        {
            Row(csv, "class", pathClass: PathText.Of(share.Class), customers: share.Customers, share: share.Share);
        }

        foreach (var transition in report.Transitions)
        {
            Row(csv, "transition", from: transition.From, to: transition.To, count: transition.Count);
        }

        foreach (var path in report.TopPaths)
        {
            Row(csv, "path", path: PathText.Of(path.Nodes), pathClass: PathText.Of(path.Verdict.Class), customers: path.Customers,
                share: path.Share);
        }

        foreach (var node in report.Nodes)
        {
            Row(csv, "touchpoint", id: node.Node, name: node.Name, customers: node.Customers, count: node.Left, share: node.Leave);
        }

        foreach (var step in report.Flow)
        {
            Row(csv, "flow", step: step.Step, from: step.From, to: step.To, count: step.Count);
        }
    }

    private static void Row(CsvWriter csv, string section, string? id = null, string? name = null, int? step = null,
        string? from = null, string? to = null, string? path = null, string? pathClass = null, long? customers = null,
        long? count = null, Measure? share = null) =>
        csv.WriteRecord(
        [
            section, id, name, Text(step), from, to, path, pathClass, Text(customers), Text(count),
            Text(share?.Value), Text(share?.Low), Text(share?.High), Text(share?.N),
        ]);

    private static string? Text(double? value) => value is { } number ? ScorecardText.Of(number) : null;

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
