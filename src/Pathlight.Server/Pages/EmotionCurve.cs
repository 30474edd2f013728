using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Server.Pages;

/// <summary>
/// The emotion curve: each touchpoint's mean score in journey order, against what customers expected there
/// (their own stated expectation where they gave one, else the journey file's expected score).
/// </summary>
internal static class EmotionCurve
{
    public static IReadOnlyList<EmotionPoint> Build(Journey journey, JourneyStatistics statistics) =>
        journey.Touchpoints
            .Select(t =>
            {
                var responses = statistics.ResponsesOf(t.Id);
                var stated = MeanInterval.Of(responses.Expectation);
                return new EmotionPoint(t.Id, t.Name, t.Intentional, MeanInterval.Of(responses.Score), stated,
                    stated is null ? t.ExpectedScore : null);
            })
            .ToList();
}
