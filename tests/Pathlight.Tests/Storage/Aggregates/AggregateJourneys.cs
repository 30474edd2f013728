using Pathlight.Journeys;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>
/// A journey with touchpoints a–d whose segment dimensions and KPI kinds vary: b has a KPI on value and c one on
/// duration, each a median (kept as value counts) or a mean; d has a rate.
/// </summary>
internal static class AggregateJourneys
{
    public const string Id = "agg";

    public static Journey With(IReadOnlyList<string> segments, bool medianValue = true, bool medianDuration = true)
    {
        var yaml = $"""
            id: {Id}
            name: Aggregates
            options:
              segments: [{string.Join(", ", segments)}]
            stages:
              - id: s
                name: Stage S
            touchpoints:
              - id: a
                name: Touchpoint A
                stage: s
                channel: web
              - id: b
                name: Touchpoint B
                stage: s
                channel: store
                kpi:
                  name: Basket
                  kind: {(medianValue ? "median" : "mean")}
                  measure: value
                  target: 40
                  higher_is_better: true
              - id: c
                name: Touchpoint C
                stage: s
                channel: phone
                kpi:
                  name: Handle time
                  kind: {(medianDuration ? "median" : "mean")}
                  measure: duration_seconds
                  target: 240
                  higher_is_better: false
              - id: d
                name: Touchpoint D
                stage: s
                channel: web
                kpi:
                  name: Conversion
                  kind: rate
                  measure: success
                  target: 30
                  higher_is_better: true
            """;
        return JourneyFile.Parse(yaml, "aggregates.yaml");
    }
}
