using Pathlight.Journeys;

namespace Pathlight.Paths;

/// <summary>
/// The planned order a journey file describes, and how a path is judged against it. Touchpoints marked
/// <c>support: true</c> are support; every other touchpoint is planned and ranked by its journey order. The goal is
/// the intentional planned touchpoints of the last stage that has any (the purchase, say, not the stock-out after
/// it). A journey without support touchpoints counts each support case as a visit to <see cref="PathNodes.Support"/>.
/// </summary>
public sealed class PathPlan
{
    private readonly Journey _journey;
    private readonly Dictionary<string, int> _ranks;
    private readonly HashSet<string> _support;
    private readonly HashSet<string> _goal;

    private PathPlan(Journey journey)
    {
        _journey = journey;
        _ranks = journey.Touchpoints.Where(t => !t.Support).ToDictionary(t => t.Id, t => t.Order, StringComparer.Ordinal);
        var supportTouchpoints = journey.Touchpoints.Where(t => t.Support).Select(t => t.Id).ToList();
        CasesAsSupport = supportTouchpoints.Count == 0;
        SupportNodes = CasesAsSupport ? [PathNodes.Support] : supportTouchpoints;
        _support = new HashSet<string>(SupportNodes, StringComparer.Ordinal);
        GoalTouchpoints = Goal(journey);
        _goal = new HashSet<string>(GoalTouchpoints, StringComparer.Ordinal);
    }

    /// <summary>True when the journey has no support touchpoint, so support cases become visits to <see cref="PathNodes.Support"/>.</summary>
    public bool CasesAsSupport { get; }

    /// <summary>The nodes that count as support: the support touchpoints, or <see cref="PathNodes.Support"/> alone.</summary>
    public IReadOnlyList<string> SupportNodes { get; }

    /// <summary>The touchpoints a path must reach not to be a drop-off, in journey order.</summary>
    public IReadOnlyList<string> GoalTouchpoints { get; }

    /// <summary>The plan of <paramref name="journey"/>.</summary>
    public static PathPlan For(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return new PathPlan(journey);
    }

    /// <summary>Whether a node is support.</summary>
    public bool IsSupport(string node) => _support.Contains(node);

    /// <summary>
    /// Judges one customer's path (nodes in time order). Support nodes and nodes the journey does not know are
    /// left out of the forward/backward comparison; a repeat of the same touchpoint is not a backward move.
    /// </summary>
    public PathVerdict Judge(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var detour = false;
        var support = false;
        var reachedGoal = false;
        int? previous = null;
        foreach (var node in path)
        {
            if (_support.Contains(node))
            {
                support = true;
                continue;
            }

            reachedGoal |= _goal.Contains(node);
            if (_ranks.TryGetValue(node, out var rank))
            {
                detour |= rank < previous;
                previous = rank;
            }
        }

        return new PathVerdict(detour, support, DropOff: _goal.Count > 0 && !reachedGoal);
    }

    /// <summary>A node's display name: the touchpoint's name, a plain word for a synthetic node, else the id.</summary>
    public string NameOf(string node) => node switch
    {
        PathNodes.Start => "Start",
        PathNodes.End => "End",
        PathNodes.Support => "Support (cases)",
        PathNodes.More => "More steps",
        _ => _journey.FindTouchpoint(node)?.Name ?? node,
    };

    /// <summary>
    /// A sort key that puts nodes in journey order: start first, touchpoints by their order, the synthetic support
    /// node after them, unknown nodes next, end last.
    /// </summary>
    public int OrderOf(string node) => node switch
    {
        PathNodes.Start => -1,
        PathNodes.Support => _journey.Touchpoints.Count,
        PathNodes.More => _journey.Touchpoints.Count + 2,
        PathNodes.End => _journey.Touchpoints.Count + 3,
        _ => _journey.FindTouchpoint(node)?.Order ?? _journey.Touchpoints.Count + 1,
    };

    private static List<string> Goal(Journey journey)
    {
        var planned = journey.Touchpoints.Where(t => !t.Support).ToList();
        var candidates = planned.Any(t => t.Intentional) ? planned.Where(t => t.Intentional).ToList() : planned;
        if (candidates.Count == 0)
        {
            return [];
        }

        var lastStage = candidates.Select(t => StageOrder(journey, t)).Max();
        return [.. candidates.Where(t => StageOrder(journey, t) == lastStage).Select(t => t.Id)];
    }

    private static int StageOrder(Journey journey, Touchpoint touchpoint) =>
        journey.Stages.FirstOrDefault(s => s.Id == touchpoint.StageId)?.Order ?? int.MaxValue;
}
