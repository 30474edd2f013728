using System.Text.Encodings.Web;
using System.Text.Json;
using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>
/// Writes a moments report as indented JSON, snake_case; every measured value is {"value", "low", "high", "n"} and
/// absent values are nulls with their keys present.
/// </summary>
public static class MomentsJson
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="report">The report to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(MomentsReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteStartObject("journey");
        json.WriteString("id", report.JourneyId);
        json.WriteString("name", report.JourneyName);
        json.WriteEndObject();
        json.WriteString("outcome", MomentsOutcomes.NameOf(report.Outcome));
        json.WriteString("outcome_description", MomentsOutcomes.Describe(report.Outcome));
        json.WriteNumber("considered", report.Considered);
        json.WriteNumber("n", report.N);
        json.WriteNumber("min_scores", ContactMoments.MinScores);
        json.WriteNumber("min_sample", report.MinSample);
        Number(json, "average_r2", report.AverageR2);
        json.WriteStartArray("predictors");
        foreach (var predictor in report.Predictors)
        {
            json.WriteStartObject();
            json.WriteString("predictor", MomentsText.Of(predictor.Predictor));
            WriteMeasure(json, "mean", predictor.Mean);
            WriteMeasure(json, "r", predictor.R);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("increments");
        foreach (var increment in report.Increments)
        {
            json.WriteStartObject();
            json.WriteString("predictor", MomentsText.Of(increment.Predictor));
            Number(json, "r2", increment.R2);
            WriteMeasure(json, "delta_r2", increment.DeltaR2);
            WriteMeasure(json, "beta", increment.Beta);
            WriteMeasure(json, "average_beta", increment.AverageBeta);
            Number(json, "p", increment.P);
            json.WriteBoolean("clear", increment.Clear);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteMeasure(json, "last_minus_first", report.LastOverFirst);
        json.WriteNumber("bootstrap_resamples", report.Resamples);
        json.WriteStartArray("statements");
        foreach (var statement in report.Statements) json.WriteStringValue(statement);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter json, string name, Measure? measure)
    {
        if (measure is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("value", measure.Value);
        Number(json, "low", measure.Low);
        Number(json, "high", measure.High);
        json.WriteNumber("n", measure.N);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }
}
