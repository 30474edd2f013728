using Pathlight.Journeys;
using Pathlight.Reports;

namespace Pathlight.Identity;

/// <summary>
/// Writes a journey's shared identifiers (the over-merge report) as indented JSON: <c>journey</c>,
/// <c>max_customer_ids</c> and <c>shared</c>: [{<c>identifier</c>, <c>kind</c>, <c>value</c>, <c>customer_ids</c>,
/// <c>first_seen</c>}], most customer_ids first.
/// </summary>
public static class SharedIdentifiersJson
{
    /// <summary>Writes the report to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="journey">The journey the identifiers belong to.</param>
    /// <param name="shared">Its shared identifiers, in report order.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(Journey journey, IReadOnlyList<SharedIdentifier> shared, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(journey.Id, journey.Name);
        json.WriteNumber("max_customer_ids", journey.Options.Identity.MaxCustomerIds);
        json.WriteBoolean("pseudonymized", journey.Options.Identity.Pseudonymize);
        json.WriteStartArray("shared");
        foreach (var item in shared)
        {
            json.WriteStartObject();
            json.WriteString("identifier", item.Identifier.ToString());
            json.WriteString("kind", item.Identifier.Kind);
            json.WriteString("value", item.Identifier.Value);
            json.WriteNumber("customer_ids", item.CustomerIds);
            ReportJson.WriteDate(json, "first_seen", item.FirstSeen);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
