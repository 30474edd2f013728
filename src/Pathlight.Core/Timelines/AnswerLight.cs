using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Timelines;

/// <summary>The light of a single answer, so a timeline reads like the journey map: the same thresholds, one customer.</summary>
public static class AnswerLight
{
    /// <summary>
    /// For a touchpoint answer: its gap is reality − the customer's own expectation when they gave both, else its score −
    /// the touchpoint's expected score; green when the gap ≥ 0, yellow within the journey's tolerance below, red beyond.
    /// For a relationship answer: likelihood to recommend as promoter (9–10) green, passive (7–8) yellow, detractor (0–6) red.
    /// Grey when there is nothing to compare.
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="touchpoint">The touchpoint it rates, when the journey knows it.</param>
    /// <param name="options">The journey's tolerance.</param>
    public static Light Of(ResponseFact response, Touchpoint? touchpoint, JourneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(options);
        if (response.TouchpointId is null)
        {
            return response.Nps switch
            {
                null => Light.Grey,
                >= 9 => Light.Green,
                >= 7 => Light.Yellow,
                _ => Light.Red,
            };
        }

        double? gap = response is { Reality: { } reality, Expectation: { } expectation } ? reality - expectation
            : response.Score is { } score && touchpoint?.ExpectedScore is { } expected ? score - expected
            : null;
        return gap switch
        {
            null => Light.Grey,
            >= 0 => Light.Green,
            var g when g >= -options.Tolerance => Light.Yellow,
            _ => Light.Red,
        };
    }
}
