using Pathlight.Facts;
using Pathlight.Metrics;

namespace Pathlight.Tests.Storage;

/// <summary>
/// The statistics of facts computed in memory, fact by fact, with <see cref="ResponseStatistics.Add"/>,
/// <see cref="InteractionStatistics.Add"/> and <see cref="TrendPeriods.StartOf"/>, independently of any SQL: what the
/// store's queries and aggregates are checked against.
/// </summary>
internal static class InMemoryStatistics
{
    /// <summary>Whether a fact passes a filter: in [From, To) and carrying every attribute value asked for.</summary>
    public static bool Matches(Fact fact, FactFilter filter) =>
        (filter.From is not { } from || fact.Timestamp >= from)
        && (filter.To is not { } to || fact.Timestamp < to)
        && filter.Where.All(w => fact.Attributes.TryGetValue(w.Key, out var value) && value == w.Value);

    public static JourneyStatistics Of(IEnumerable<ResponseFact> responses, IEnumerable<InteractionFact> interactions, FactFilter filter)
    {
        var statistics = new JourneyStatistics();
        foreach (var response in responses.Where(r => Matches(r, filter)))
        {
            var group = response.TouchpointId is { } id
                ? statistics.Responses.TryGetValue(id, out var s) ? s : statistics.Responses[id] = new ResponseStatistics()
                : statistics.Relationship;
            group.Add(response);
        }

        foreach (var interaction in interactions.Where(i => Matches(i, filter)))
        {
            if (!statistics.Interactions.TryGetValue(interaction.TouchpointId, out var group))
            {
                statistics.Interactions[interaction.TouchpointId] = group = new InteractionStatistics();
            }

            group.Add(interaction);
        }

        return statistics;
    }

    /// <summary>The responses' statistics per period and touchpoint, in period then touchpoint order.</summary>
    public static List<PeriodStatistics> Trend(IEnumerable<ResponseFact> responses, FactFilter filter, TrendPeriod period) =>
        responses
            .Where(r => Matches(r, filter))
            .GroupBy(r => (Start: TrendPeriods.StartOf(r.At, period), r.TouchpointId))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.TouchpointId, StringComparer.Ordinal)
            .Select(g =>
            {
                var statistics = new ResponseStatistics();
                foreach (var response in g) statistics.Add(response);
                return new PeriodStatistics(g.Key.Start, g.Key.TouchpointId, statistics);
            })
            .ToList();
}
