using DuckDB.NET.Data;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>The values a journey's segment dimensions take in its facts, for filter choices.</summary>
internal static class SegmentQueries
{
    /// <summary>More distinct values than this are not a segment anyone picks from a list.</summary>
    internal const int MaxValues = 200;

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(DuckDBConnection connection, Journey journey)
    {
        var segments = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in journey.Options.SegmentDimensions)
        {
            using var command = connection.Command($"""
                SELECT DISTINCT value FROM (
                    SELECT json_extract_string(attributes, $path) AS value FROM responses WHERE journey_id = $journey
                    UNION ALL
                    SELECT json_extract_string(attributes, $path) AS value FROM interactions WHERE journey_id = $journey)
                WHERE value IS NOT NULL AND value <> ''
                ORDER BY value
                LIMIT {MaxValues}
                """,
                ("journey", journey.Id), ("path", "$.\"" + dimension.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
            using var reader = command.ExecuteReader();
            var values = new List<string>();
            while (reader.Read())
            {
                values.Add(reader.GetString(0));
            }

            segments[dimension] = values;
        }

        return segments;
    }
}
