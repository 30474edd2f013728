using Pathlight.Facts;
using Pathlight.Metrics;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>
/// What the store should hold, kept in memory fact by fact: the first valid occurrence of each id, less what
/// was deleted. Its statistics are computed with <see cref="ResponseStatistics.Add"/> and
/// <see cref="InteractionStatistics.Add"/>, independently of any SQL.
/// </summary>
internal sealed class FactModel
{
    public Dictionary<string, ResponseFact> Responses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, InteractionFact> Interactions { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the fact unless its id is stored; true when it was new.</summary>
    public bool Add(Fact fact) => fact switch
    {
        ResponseFact r => Responses.TryAdd(r.Id, r),
        InteractionFact i => Interactions.TryAdd(i.Id, i),
        _ => throw new ArgumentException("only responses and interactions are modelled", nameof(fact)),
    };

    public int Remove(FactKind kind, Func<Fact, bool> matches) => kind == FactKind.Response
        ? RemoveWhere(Responses, matches)
        : RemoveWhere(Interactions, matches);

    public void Clear()
    {
        Responses.Clear();
        Interactions.Clear();
    }

    public static bool Matches(Fact fact, FactFilter filter) =>
        (filter.From is not { } from || fact.Timestamp >= from)
        && (filter.To is not { } to || fact.Timestamp < to)
        && filter.Where.All(w => fact.Attributes.TryGetValue(w.Key, out var value) && value == w.Value);

    public JourneyStatistics Statistics(FactFilter filter)
    {
        var statistics = new JourneyStatistics();
        foreach (var response in Responses.Values.Where(r => Matches(r, filter)))
        {
            var group = response.TouchpointId is { } id
                ? statistics.Responses.TryGetValue(id, out var s) ? s : statistics.Responses[id] = new ResponseStatistics()
                : statistics.Relationship;
            group.Add(response);
        }

        foreach (var interaction in Interactions.Values.Where(i => Matches(i, filter)))
        {
            if (!statistics.Interactions.TryGetValue(interaction.TouchpointId, out var group))
            {
                statistics.Interactions[interaction.TouchpointId] = group = new InteractionStatistics();
            }

            group.Add(interaction);
        }

        return statistics;
    }

    public List<PeriodStatistics> Trend(FactFilter filter, TrendPeriod period) =>
        Responses.Values
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

    private static int RemoveWhere<T>(Dictionary<string, T> facts, Func<Fact, bool> matches)
        where T : Fact
    {
        var doomed = facts.Values.Where(f => matches(f)).Select(f => f.Id).ToList();
        foreach (var id in doomed) facts.Remove(id);
        return doomed.Count;
    }
}
