using System.Text.Json;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// How a journey's aggregates are keyed and what they hold beyond the fixed columns: the segment dimensions
/// whose values make up the segment key (in this order), and the touchpoints whose median KPI needs the value
/// counts of one measure column. Stored per journey in <c>aggregate_layouts</c>, so the store always knows what
/// its aggregates were built with, whatever journey object a caller holds.
/// </summary>
internal sealed class AggregateLayout
{
    private AggregateLayout(IReadOnlyList<string> segments, IReadOnlyDictionary<string, string> valueCounts)
    {
        Segments = segments;
        ValueCounts = valueCounts;
        SegmentsJson = JsonSerializer.Serialize(segments);
        ValueCountsJson = JsonSerializer.Serialize(valueCounts);
    }

    /// <summary>The segment dimensions (attribute names), in journey-file order.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Touchpoint id to the measure column (<c>duration_seconds</c> or <c>value</c>) whose values are counted.</summary>
    public IReadOnlyDictionary<string, string> ValueCounts { get; }

    public string SegmentsJson { get; }

    public string ValueCountsJson { get; }

    /// <summary>What the aggregates of this journey must hold.</summary>
    public static AggregateLayout Of(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var valueCounts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var touchpoint in journey.Touchpoints)
        {
            if (touchpoint.Kpi is { Kind: KpiKind.Median } kpi)
            {
                valueCounts[touchpoint.Id] = MedianColumn(kpi);
            }
        }

        return new AggregateLayout([.. journey.Options.SegmentDimensions], valueCounts);
    }

    /// <summary>A layout as stored.</summary>
    public static AggregateLayout Parse(string segmentsJson, string valueCountsJson) => new(
        JsonSerializer.Deserialize<List<string>>(segmentsJson) ?? [],
        new SortedDictionary<string, string>(
            JsonSerializer.Deserialize<Dictionary<string, string>>(valueCountsJson) ?? [], StringComparer.Ordinal));

    /// <summary>The fact column whose median a median KPI reports.</summary>
    public static string MedianColumn(KpiDefinition kpi) =>
        kpi.Measure == KpiMeasure.Value ? "value" : "duration_seconds";

    public bool SameAs(AggregateLayout other) =>
        SegmentsJson == other.SegmentsJson && ValueCountsJson == other.ValueCountsJson;

    /// <summary>
    /// The segment key of a fact row: a JSON array of its value of each dimension, null where it has none.
    /// Extracted exactly as a raw <c>--where</c> filter reads the attribute, so both agree on every value.
    /// </summary>
    public string SegmentKeySql()
    {
        if (Segments.Count == 0)
        {
            return "'[]'";
        }

        var values = Segments.Select(s => $"json_extract_string(attributes, {Literal(AttributePath(s))})");
        return $"to_json([{string.Join(", ", values)}])::VARCHAR";
    }

    /// <summary>The JSON path of an attribute, as the raw filters use it.</summary>
    public static string AttributePath(string name) => "$.\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Describes a segment key for people: <c>region=north, plan=(none)</c>.</summary>
    public string Describe(string segmentKey)
    {
        if (Segments.Count == 0)
        {
            return "all facts";
        }

        List<string?> values;
        try
        {
            values = JsonSerializer.Deserialize<List<string?>>(segmentKey) ?? [];
        }
        catch (JsonException)
        {
            return $"segment {segmentKey}";
        }

        return string.Join(", ", Segments.Select((s, i) => $"{s}={(i < values.Count && values[i] is { } v ? v : "(none)")}"));
    }
}
