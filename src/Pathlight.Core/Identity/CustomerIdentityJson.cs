using System.Text.Json;
using Pathlight.Reports;

namespace Pathlight.Identity;

/// <summary>How a stitched customer's identifiers and merge history are written in JSON reports and exports.</summary>
public static class CustomerIdentityJson
{
    /// <summary>Writes <c>identifiers</c>: [{<c>kind</c>, <c>value</c>, <c>first_seen</c>, <c>shared</c>}].</summary>
    public static void WriteIdentifiers(Utf8JsonWriter json, CustomerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(identity);
        json.WriteStartArray("identifiers");
        foreach (var known in identity.Identifiers)
        {
            json.WriteStartObject();
            json.WriteString("kind", known.Identifier.Kind);
            json.WriteString("value", known.Identifier.Value);
            ReportJson.WriteDate(json, "first_seen", known.FirstSeen);
            json.WriteBoolean("shared", known.Shared);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Writes <c>history</c>: [{<c>at</c>, <c>event</c>, <c>merged_key</c>, <c>identifiers</c>, <c>fact_kind</c>,
    /// <c>fact_id</c>, <c>detail</c>}], oldest first.
    /// </summary>
    public static void WriteHistory(Utf8JsonWriter json, CustomerIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(identity);
        json.WriteStartArray("history");
        foreach (var e in identity.History)
        {
            json.WriteStartObject();
            ReportJson.WriteDate(json, "at", e.At);
            json.WriteString("event", e.Event);
            json.WriteString("merged_key", e.MergedKey);
            json.WriteStartArray("identifiers");
            foreach (var identifier in new[] { e.First, e.Second }.OfType<Identifier>())
            {
                json.WriteStringValue(identifier.ToString());
            }

            json.WriteEndArray();
            json.WriteString("fact_kind", e.FactKind);
            json.WriteString("fact_id", e.FactId);
            json.WriteString("detail", e.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
