using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.Scorecards;
using Pathlight.Statistics;

namespace Pathlight.Reports;

/// <summary>
/// The conventions every report's JSON shares, in one place: indented UTF-8, readable names, measured values as
/// {"value", "low", "high", "n"}, absent data as a JSON null with its key present, times as ISO 8601 UTC.
/// </summary>
public static class ReportJson
{
    /// <summary>A writer for a report; the output is a file, a pipe or an API body, never inlined into HTML, so names
    /// stay readable ("é", not "\u00E9").</summary>
    public static Utf8JsonWriter CreateWriter(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes <c>"journey": {"id", "name"}</c>.</summary>
    public static void WriteJourney(this Utf8JsonWriter json, string id, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject("journey");
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    /// <summary>Writes a measured value as {"value", "low", "high", "n"}, or null.</summary>
    public static void WriteMeasure(this Utf8JsonWriter json, string name, Measure? measure)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (measure is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("value", measure.Value);
        json.WriteNumberOrNull("low", measure.Low);
        json.WriteNumberOrNull("high", measure.High);
        json.WriteNumber("n", measure.N);
        json.WriteEndObject();
    }

    /// <summary>Writes a number, or null.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }

    /// <summary>Writes a time as ISO 8601 UTC, or null.</summary>
    public static void WriteDate(this Utf8JsonWriter json, string name, DateTime? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is { } date) json.WriteString(name, ScorecardText.Of(date));
        else json.WriteNull(name);
    }
}
