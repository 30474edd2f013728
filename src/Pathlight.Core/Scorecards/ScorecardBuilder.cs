using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Scorecards;

/// <summary>Builds the journey scorecard from sufficient statistics only (never from raw facts).</summary>
public static class ScorecardBuilder
{
    /// <summary>
    /// Builds the scorecard. Stage and overall cards merge their touchpoints' response statistics and pool the gap
    /// each touchpoint used (its expectation answers, or its score shifted by −expected score).
    /// </summary>
    /// <param name="journey">The journey with its stages, touchpoints and options.</param>
    /// <param name="stats">The journey's statistics for the period and filter.</param>
    /// <param name="from">Start of the period, or null; local times are converted to UTC, unspecified ones taken as UTC.</param>
    /// <param name="to">End of the period, or null; treated like <paramref name="from"/>.</param>
    public static Scorecard Build(Journey journey, JourneyStatistics stats, DateTime? from, DateTime? to)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(stats);
        var options = journey.Options;

        var gaps = new Dictionary<string, ExpectationGap?>(StringComparer.Ordinal);
        var touchpoints = new List<TouchpointCard>(journey.Touchpoints.Count);
        foreach (var touchpoint in journey.Touchpoints)
        {
            var responses = stats.ResponsesOf(touchpoint.Id);
            var gap = ExpectationGap.Of(responses, touchpoint.ExpectedScore);
            gaps[touchpoint.Id] = gap;
            var kpi = touchpoint.Kpi is { } definition
                ? KpiEvaluator.Evaluate(definition, stats.InteractionsOf(touchpoint.Id), options)
                : null;
            touchpoints.Add(new TouchpointCard(
                touchpoint.Id,
                touchpoint.Name,
                touchpoint.StageId,
                touchpoint.Channel,
                touchpoint.Owner,
                touchpoint.Intentional,
                touchpoint.ExpectedScore,
                Perception(responses, gap, options),
                kpi));
        }

        var stages = journey.Stages
            .OrderBy(s => s.Order)
            .Select(stage =>
            {
                var ids = journey.TouchpointsIn(stage).Select(t => t.Id).ToList();
                return new StageCard(stage.Id, stage.Name, ids, Pooled(ids, stats, gaps, options));
            })
            .ToList();
        var overall = Pooled(journey.Touchpoints.Select(t => t.Id).ToList(), stats, gaps, options);

        var relationship = new RelationshipCard(
            PerceptionMetrics.Nps(stats.Relationship.Nps),
            ThreeQuestions.Of(stats.Relationship),
            stats.Relationship.Responses);

        return new Scorecard(journey.Id, journey.Name, ToUtc(from), ToUtc(to), touchpoints, stages, overall, relationship);
    }

    private static PerceptionCard Pooled(
        IReadOnlyList<string> touchpointIds,
        JourneyStatistics stats,
        Dictionary<string, ExpectationGap?> gaps,
        JourneyOptions options)
    {
        var merged = new ResponseStatistics();
        foreach (var id in touchpointIds) merged.Merge(stats.ResponsesOf(id));
        return Perception(merged, ExpectationGap.Pool(touchpointIds.Select(id => gaps[id])), options);
    }

    private static PerceptionCard Perception(ResponseStatistics responses, ExpectationGap? gap, JourneyOptions options)
    {
        var measure = gap?.Measure;
        var light = PerceptionLight.Assess(measure, options);
        return new PerceptionCard(
            light.Light,
            light.Wow,
            light.Uncertain,
            measure,
            gap?.Source,
            PerceptionMetrics.Nps(responses.Nps),
            PerceptionMetrics.Csat(responses.Csat),
            PerceptionMetrics.Ces(responses.Ces),
            ThreeQuestions.Of(responses),
            responses.Responses);
    }

    private static DateTime? ToUtc(DateTime? value) => value is { } date ? ScorecardText.ToUtc(date) : null;
}
