using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Statistics;

namespace Pathlight.Paths;

/// <summary>Turns the store's path counts into the path report: shares with intervals, transitions, common paths, flow.</summary>
public static class PathAnalysis
{
    /// <summary>How many common paths the report lists.</summary>
    public const int TopPathCount = 10;

    /// <summary>
    /// How many visits deep the flow goes; customers who go on beyond this step are shown moving to
    /// <see cref="PathNodes.More"/>, so a Sankey diagram stays readable.
    /// </summary>
    public const int FlowSteps = 8;

    /// <summary>Builds the report of <paramref name="journey"/> from the counts the store made under <paramref name="filter"/>.</summary>
    public static PathReport Build(Journey journey, PathCounts counts, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(filter);
        var plan = PathPlan.For(journey);
        var judged = counts.Sequences.Select(s => (Sequence: s, Verdict: plan.Judge(s.Nodes))).ToList();
        var customers = judged.Sum(j => j.Sequence.Customers);

        long Count(Func<PathVerdict, bool> holds) => judged.Where(j => holds(j.Verdict)).Sum(j => j.Sequence.Customers);
        var planned = Count(v => v.Planned);
        var shares = new PathShares(
            WilsonInterval.Percent(planned, customers),
            WilsonInterval.Percent(Count(v => v.Detour), customers),
            WilsonInterval.Percent(Count(v => v.Support), customers),
            WilsonInterval.Percent(Count(v => v.DropOff), customers),
            WilsonInterval.Percent(customers - planned, customers));
        var classes = Enum.GetValues<PathClass>()
            .Select(c => (Class: c, Customers: Count(v => v.Class == c)))
            .Select(c => new ClassShare(c.Class, c.Customers, WilsonInterval.Percent(c.Customers, customers)))
            .ToList();

        var topPaths = judged
            .OrderByDescending(j => j.Sequence.Customers)
            .ThenBy(j => string.Join(' ', j.Sequence.Nodes), StringComparer.Ordinal)
            .Take(TopPathCount)
            .Select(j => new CommonPath(j.Sequence.Nodes, j.Sequence.Customers,
                WilsonInterval.Percent(j.Sequence.Customers, customers)!, j.Verdict))
            .ToList();

        return new PathReport(journey.Id, journey.Name, filter.From, filter.To, customers, plan.SupportNodes,
            plan.GoalTouchpoints, plan.CasesAsSupport, shares, classes, Transitions(plan, counts.Steps), topPaths,
            Continuations(journey, plan, counts.Sequences), Flow(counts.Steps));
    }

    /// <summary>The moves summed over steps, ordered by journey order of where they leave and then where they go.</summary>
    public static IReadOnlyList<PathTransition> Transitions(PathPlan plan, IEnumerable<StepTransition> steps)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(steps);
        return steps
            .GroupBy(s => (s.From, s.To))
            .Select(g => new PathTransition(g.Key.From, g.Key.To, g.Sum(s => s.Count)))
            .OrderBy(t => plan.OrderOf(t.From)).ThenBy(t => t.From, StringComparer.Ordinal)
            .ThenBy(t => plan.OrderOf(t.To)).ThenBy(t => t.To, StringComparer.Ordinal)
            .ToList();
    }

    private static List<NodeContinuation> Continuations(Journey journey, PathPlan plan, IReadOnlyList<PathSequence> sequences)
    {
        var nodes = journey.Touchpoints.Select(t => t.Id).ToList();
        if (plan.CasesAsSupport)
        {
            nodes.Add(PathNodes.Support);
        }

        var reached = nodes.ToDictionary(n => n, _ => 0L, StringComparer.Ordinal);
        var left = nodes.ToDictionary(n => n, _ => 0L, StringComparer.Ordinal);
        foreach (var sequence in sequences.Where(s => s.Nodes.Count > 0))
        {
            foreach (var node in sequence.Nodes.Distinct(StringComparer.Ordinal).Where(reached.ContainsKey))
            {
                reached[node] += sequence.Customers;
            }

            if (left.ContainsKey(sequence.Nodes[^1]))
            {
                left[sequence.Nodes[^1]] += sequence.Customers;
            }
        }

        return nodes
            .Where(n => n != PathNodes.Support || reached[n] > 0)
            .Select(n => new NodeContinuation(n, plan.NameOf(n), plan.IsSupport(n), reached[n], left[n],
                WilsonInterval.Percent(reached[n] - left[n], reached[n]), WilsonInterval.Percent(left[n], reached[n])))
            .ToList();
    }

    private static List<StepTransition> Flow(IReadOnlyList<StepTransition> steps) =>
        steps
            .Where(s => s.Step <= FlowSteps)
            .Select(s => s.Step == FlowSteps && s.To != PathNodes.End ? s with { To = PathNodes.More } : s)
            .GroupBy(s => (s.Step, s.From, s.To))
            .Select(g => new StepTransition(g.Key.Step, g.Key.From, g.Key.To, g.Sum(s => s.Count)))
            .OrderBy(s => s.Step).ThenByDescending(s => s.Count).ThenBy(s => s.From, StringComparer.Ordinal)
            .ThenBy(s => s.To, StringComparer.Ordinal)
            .ToList();
}
