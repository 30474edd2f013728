using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;

namespace Pathlight.Identity;

/// <summary>Writes erasures as RFC 4180 CSV: one erasure's counts, or the erasure log one row per entry.</summary>
public static class ErasureCsv
{
    /// <summary>The columns of one erasure's answer.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["erasure_id", "at", "journeys", "facts", "interactions", "responses", "cases", "outcomes", "identifiers", "links",
         "events", "webhook_deliveries"];

    /// <summary>The columns of the erasure log.</summary>
    public static IReadOnlyList<string> LogColumns { get; } =
        ["id", "at", "reason", "journeys", "facts", "interactions", "responses", "cases", "outcomes", "identifiers"];

    /// <summary>Writes what one erasure removed, header first.</summary>
    public static void Write(Erasure erasure, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        var r = erasure.Removed;
        csv.WriteRecord([erasure.Id, ScorecardText.Of(erasure.At), .. Numbers(r.Journeys, r.Facts, r.Interactions, r.Responses, r.Cases,
            r.Outcomes, r.Identifiers, r.Links, r.Events, r.WebhookDeliveries)]);
    }

    /// <summary>Writes the erasure log in the order given, header first.</summary>
    public static void WriteLog(IReadOnlyList<(Erasure Erasure, string Reason)> log, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. LogColumns]);
        foreach (var (erasure, reason) in log)
        {
            var r = erasure.Removed;
            csv.WriteRecord([erasure.Id, ScorecardText.Of(erasure.At), reason, .. Numbers(r.Journeys, r.Facts, r.Interactions,
                r.Responses, r.Cases, r.Outcomes, r.Identifiers)]);
        }
    }

    private static IEnumerable<string> Numbers(params long[] values) => values.Select(v => v.ToString(CultureInfo.InvariantCulture));
}
