using Pathlight.Journeys;
using Pathlight.Paths;

namespace Pathlight.Server.Pages.Paths;

/// <summary>
/// The flow as an ECharts Sankey diagram. A Sankey needs an acyclic graph, and customers go back and revisit, so
/// each node is a touchpoint at one step (the first visit is step 1): links only ever go from step s to step s + 1,
/// start sits before step 1, and end (or "more steps" beyond the last step drawn) after the last.
/// </summary>
public sealed record PathsSankey(IReadOnlyList<SankeyNode> Nodes, IReadOnlyList<SankeyLink> Links)
{
    public static PathsSankey Build(Journey journey, PathReport report)
    {
        var plan = PathPlan.For(journey);
        var last = report.Flow.Count == 0 ? 0 : report.Flow.Max(s => s.Step);
        var nodes = new Dictionary<string, (SankeyNode Drawn, string Node)>(StringComparer.Ordinal);
        var links = new List<SankeyLink>();
        foreach (var step in report.Flow)
        {
            var source = Node(journey, plan, nodes, step.From, step.Step, last);
            var target = Node(journey, plan, nodes, step.To, step.Step + 1, last);
            links.Add(new SankeyLink(source.Name, target.Name, step.Count));
        }

        return new PathsSankey([.. nodes.Values.OrderBy(n => n.Drawn.Depth).ThenBy(n => plan.OrderOf(n.Node)).Select(n => n.Drawn)], links);
    }

    private static SankeyNode Node(Journey journey, PathPlan plan, Dictionary<string, (SankeyNode Drawn, string Node)> nodes,
        string node, int step, int last)
    {
        var synthetic = node is PathNodes.Start or PathNodes.End or PathNodes.More;
        var name = synthetic ? node : $"{step}:{node}";
        if (nodes.TryGetValue(name, out var known))
        {
            return known.Drawn;
        }

        var kind = node switch
        {
            PathNodes.Start => "start",
            PathNodes.End => "end",
            PathNodes.More => "more",
            _ when plan.IsSupport(node) => "support",
            _ when journey.FindTouchpoint(node) is { Intentional: false } => "unintentional",
            _ => "planned",
        };
        var depth = node switch
        {
            PathNodes.Start => 0,
            PathNodes.End or PathNodes.More => last + 1,
            _ => step,
        };
        var drawn = new SankeyNode(name, plan.NameOf(node), depth, kind, synthetic ? null : step);
        nodes[name] = (drawn, node);
        return drawn;
    }
}
