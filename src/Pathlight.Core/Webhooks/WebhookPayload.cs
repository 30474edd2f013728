using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.AtRisk;
using Pathlight.Facts;
using Pathlight.Scorecards;

namespace Pathlight.Webhooks;

/// <summary>
/// The JSON bodies webhooks receive: <c>{"event", "id", "occurred_at", "journey", "data": {…}}</c>, compact
/// UTF-8. The body is built once when the event is queued and sent byte for byte on every attempt.
/// </summary>
public static class WebhookPayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A new delivery id: <c>dlv_</c> and 24 random hex digits.</summary>
    public static string NewDeliveryId() => "dlv_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>
    /// A detractor answer; <c>occurred_at</c> is when it was given, <c>data</c> holds <c>response_id</c>,
    /// <c>customer_id</c>, <c>touchpoint</c> (null for a relationship survey), <c>at</c>, <c>nps</c>,
    /// <c>expectation</c>, <c>reality</c>, <c>csat</c>, <c>ces</c> and <c>comment</c>.
    /// </summary>
    public static string Detractor(string deliveryId, string journeyId, ResponseFact response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Build(WebhookEventTypes.Detractor, deliveryId, response.At, journeyId, json =>
        {
            json.WriteString("response_id", response.Id);
            json.WriteString("customer_id", response.CustomerId);
            json.WriteString("touchpoint", response.TouchpointId);
            json.WriteString("at", ScorecardText.Of(response.At));
            Number(json, "nps", response.Nps);
            Number(json, "expectation", response.Expectation);
            Number(json, "reality", response.Reality);
            Number(json, "csat", response.Csat);
            Number(json, "ces", response.Ces);
            json.WriteString("comment", response.Comment);
        });
    }

    /// <summary>
    /// A customer newly at risk; <c>occurred_at</c> is the time of their newest reason, <c>data</c> is the customer
    /// as <see cref="AtRiskJson.WriteCustomer"/> writes it plus <c>as_of</c> and <c>days</c> of the list it came from.
    /// </summary>
    public static string AtRisk(string deliveryId, string journeyId, AtRiskCustomer customer, AtRiskWindow window)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(window);
        return Build(WebhookEventTypes.AtRisk, deliveryId, customer.Reasons.Max(r => r.At), journeyId, json =>
        {
            AtRiskJson.WriteCustomerFields(json, customer);
            json.WriteString("as_of", ScorecardText.Of(window.AsOf));
            json.WriteNumber("days", window.Days);
        });
    }

    private static string Build(string eventType, string deliveryId, DateTime occurredAt, string journeyId, Action<Utf8JsonWriter> data)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("event", eventType);
            json.WriteString("id", deliveryId);
            json.WriteString("occurred_at", ScorecardText.Of(occurredAt));
            json.WriteString("journey", journeyId);
            json.WriteStartObject("data");
            data(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
