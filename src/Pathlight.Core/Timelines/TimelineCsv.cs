using System.Globalization;
using CsvHelper;
using Pathlight.Scorecards;

namespace Pathlight.Timelines;

/// <summary>
/// Writes a customer's timeline as RFC 4180 CSV, one row per event in time order: <c>customer_id, at, kind, id,
/// touchpoint, touchpoint_name, stage, channel</c>, then every kind's values (empty where a kind has none), then
/// <c>customer_identifiers</c>: every identifier of the customer as kind:value, separated by "; ", on every row.
/// </summary>
public static class TimelineCsv
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["customer_id", "at", "kind", "id", "touchpoint", "touchpoint_name", "stage", "channel", .. TimelineText.ValueNames,
         "customer_identifiers"];

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="writer"/>, header first.</summary>
    /// <param name="timeline">The timeline to write.</param>
    /// <param name="writer">The destination; left open.</param>
    public static void Write(CustomerTimeline timeline, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        var identifiers = timeline.Identity is { } identity
            ? string.Join("; ", identity.Identifiers.Select(i => i.Identifier.ToString()))
            : null;
        foreach (var item in timeline.Events)
        {
            var values = TimelineText.Values(item).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
            csv.WriteRecord(
            [
                timeline.CustomerId, ScorecardText.Of(item.At), TimelineText.Of(item.Kind), item.Fact.Id, item.TouchpointId,
                item.TouchpointName, item.Touchpoint?.StageId, item.Channel,
                .. TimelineText.ValueNames.Select(name => Text(values.GetValueOrDefault(name))),
                identifiers,
            ]);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => ScorecardText.Of(d),
        DateTime t => ScorecardText.Of(t),
        _ => value.ToString(),
    };
}
