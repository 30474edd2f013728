using System.Globalization;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Scorecards;

/// <summary>The words and formats the scorecard writers share, so JSON and CSV spell everything the same way.</summary>
internal static class ScorecardText
{
    public static string Of(Light light) => light switch
    {
        Light.Green => "green",
        Light.Yellow => "yellow",
        Light.Red => "red",
        _ => "grey",
    };

    public static string Of(GapSource source) => source switch
    {
        GapSource.Expectation => "expectation",
        GapSource.ExpectedScore => "expected_score",
        _ => "mixed",
    };

    public static string Of(KpiKind kind) => kind switch
    {
        KpiKind.Rate => "rate",
        KpiKind.Mean => "mean",
        _ => "median",
    };

    public static string Of(KpiMeasure measure) => measure switch
    {
        KpiMeasure.Success => "success",
        KpiMeasure.DurationSeconds => "duration_seconds",
        _ => "value",
    };

    /// <summary>ISO-8601 UTC with a Z, fractional seconds only when there are any.</summary>
    public static string Of(DateTime value) =>
        ToUtc(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Local times converted to UTC; unspecified ones taken as UTC already.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    /// <summary>Shortest round-trip text of a double, invariant culture.</summary>
    public static string Of(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
