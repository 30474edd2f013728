using Pathlight.Reports;

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
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(report.JourneyId, report.JourneyName);
        json.WriteString("outcome", MomentsOutcomes.NameOf(report.Outcome));
        json.WriteString("outcome_description", MomentsOutcomes.Describe(report.Outcome));
        json.WriteNumber("considered", report.Considered);
        json.WriteNumber("n", report.N);
        json.WriteNumber("min_scores", ContactMoments.MinScores);
        json.WriteNumber("min_sample", report.MinSample);
        json.WriteNumberOrNull("average_r2", report.AverageR2);
        json.WriteStartArray("predictors");
        foreach (var predictor in report.Predictors)
        {
            json.WriteStartObject();
            json.WriteString("predictor", MomentsText.Of(predictor.Predictor));
            json.WriteMeasure("mean", predictor.Mean);
            json.WriteMeasure("r", predictor.R);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("increments");
        foreach (var increment in report.Increments)
        {
            json.WriteStartObject();
            json.WriteString("predictor", MomentsText.Of(increment.Predictor));
            json.WriteNumberOrNull("r2", increment.R2);
            json.WriteMeasure("delta_r2", increment.DeltaR2);
            json.WriteMeasure("beta", increment.Beta);
            json.WriteMeasure("average_beta", increment.AverageBeta);
            json.WriteNumberOrNull("p", increment.P);
            json.WriteBoolean("clear", increment.Clear);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteMeasure("last_minus_first", report.LastOverFirst);
        json.WriteNumber("bootstrap_resamples", report.Resamples);
        json.WriteStartArray("statements");
        foreach (var statement in report.Statements) json.WriteStringValue(statement);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
