using System.Text.Json;
using Pathlight.Reports;

namespace Pathlight.Identity;

/// <summary>
/// Writes erasures as indented JSON: the answer to one erasure (<c>erasure_id</c>, <c>at</c>, <c>removed</c>) and the
/// erasure log (<c>erasures</c>: [{<c>id</c>, <c>at</c>, <c>reason</c>, <c>removed</c>}]). Neither holds anything
/// that identifies the customer.
/// </summary>
public static class ErasureJson
{
    /// <summary>Writes what one erasure removed.</summary>
    /// <param name="erasure">The erasure just done.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(Erasure erasure, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteString("erasure_id", erasure.Id);
        ReportJson.WriteDate(json, "at", erasure.At);
        WriteCounts(json, erasure.Removed, full: true);
        json.WriteEndObject();
    }

    /// <summary>Writes the erasure log, in the order given (the store lists it newest first).</summary>
    /// <param name="log">Each erasure or retention run with its reason (<c>erasure</c> or <c>retention</c>).</param>
    /// <param name="stream">The destination; left open.</param>
    public static void WriteLog(IReadOnlyList<(Erasure Erasure, string Reason)> log, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("erasures");
        foreach (var (erasure, reason) in log)
        {
            json.WriteStartObject();
            json.WriteString("id", erasure.Id);
            ReportJson.WriteDate(json, "at", erasure.At);
            json.WriteString("reason", reason);
            WriteCounts(json, erasure.Removed, full: false);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>removed</c>: journeys, facts of each kind and in all, identifiers; with <paramref name="full"/> also
    /// links, merge history entries and webhook deliveries (which the erasure log does not keep).
    /// </summary>
    public static void WriteCounts(Utf8JsonWriter json, RemovalCounts removed, bool full)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(removed);
        json.WriteStartObject("removed");
        json.WriteNumber("journeys", removed.Journeys);
        json.WriteNumber("facts", removed.Facts);
        json.WriteNumber("interactions", removed.Interactions);
        json.WriteNumber("responses", removed.Responses);
        json.WriteNumber("cases", removed.Cases);
        json.WriteNumber("outcomes", removed.Outcomes);
        json.WriteNumber("identifiers", removed.Identifiers);
        if (full)
        {
            json.WriteNumber("links", removed.Links);
            json.WriteNumber("events", removed.Events);
            json.WriteNumber("webhook_deliveries", removed.WebhookDeliveries);
        }

        json.WriteEndObject();
    }
}
