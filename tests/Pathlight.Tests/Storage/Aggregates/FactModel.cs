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

    public JourneyStatistics Statistics(FactFilter filter) => InMemoryStatistics.Of(Responses.Values, Interactions.Values, filter);

    public List<PeriodStatistics> Trend(FactFilter filter, TrendPeriod period) => InMemoryStatistics.Trend(Responses.Values, filter, period);

    private static int RemoveWhere<T>(Dictionary<string, T> facts, Func<Fact, bool> matches)
        where T : Fact
    {
        var doomed = facts.Values.Where(f => matches(f)).Select(f => f.Id).ToList();
        foreach (var id in doomed) facts.Remove(id);
        return doomed.Count;
    }
}
