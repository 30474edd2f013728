using System.Text.Json;
using Pathlight.Reports;
using Pathlight.Scorecards;

namespace Pathlight.AtRisk;

/// <summary>
/// Writes an at-risk list as indented JSON (snake_case, times as ISO 8601 UTC). The same shape serves the CLI's
/// <c>--format json</c>, the API, and (per customer) the <c>at-risk</c> webhook's data.
/// </summary>
public static class AtRiskJson
{
    /// <summary>Writes <paramref name="list"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="list">The list to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(AtRiskList list, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(list.JourneyId, list.JourneyName);
        json.WriteString("as_of", ScorecardText.Of(list.Window.AsOf));
        json.WriteString("as_of_source", SourceName(list.Window.Source));
        json.WriteString("from", ScorecardText.Of(list.Window.From));
        json.WriteNumber("days", list.Window.Days);
        json.WriteStartArray("red_touchpoints");
        foreach (var id in list.RedTouchpoints) json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteNumber("churned_excluded", list.ChurnedExcluded);
        json.WriteNumber("count", list.Customers.Count);
        json.WriteStartArray("customers");
        foreach (var customer in list.Customers) WriteCustomer(json, customer);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes one customer as an object: <c>customer_id</c>, <c>risk_score</c>, <c>last_contact</c> and
    /// <c>reasons</c> [{<c>reason</c>, <c>fact_id</c>, <c>touchpoint</c>, <c>at</c>, <c>value</c>, <c>weight</c>}].
    /// </summary>
    public static void WriteCustomer(Utf8JsonWriter json, AtRiskCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(customer);
        json.WriteStartObject();
        WriteCustomerFields(json, customer);
        json.WriteEndObject();
    }

    /// <summary>The properties <see cref="WriteCustomer"/> writes, into an object the caller has started.</summary>
    internal static void WriteCustomerFields(Utf8JsonWriter json, AtRiskCustomer customer)
    {
        json.WriteString("customer_id", customer.CustomerId);
        json.WriteNumber("risk_score", customer.RiskScore);
        json.WriteString("last_contact", ScorecardText.Of(customer.LastContact));
        json.WriteStartArray("reasons");
        foreach (var reason in customer.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("reason", AtRiskRules.NameOf(reason.Kind));
            json.WriteString("fact_id", reason.FactId);
            json.WriteString("touchpoint", reason.TouchpointId);
            json.WriteString("at", ScorecardText.Of(reason.At));
            json.WriteString("value", reason.Value);
            json.WriteNumber("weight", reason.Weight);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>latest_contact, now or given.</summary>
    public static string SourceName(AsOfSource source) => source switch
    {
        AsOfSource.LatestContact => "latest_contact",
        AsOfSource.Now => "now",
        AsOfSource.Given => "given",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
