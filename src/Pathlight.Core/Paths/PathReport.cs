namespace Pathlight.Paths;

/// <summary>Where customers went through a journey: transitions, shares off the planned order, common paths, the flow.</summary>
/// <param name="JourneyId">The journey's id.</param>
/// <param name="JourneyName">The journey's name.</param>
/// <param name="From">The filter's lower bound, if any.</param>
/// <param name="To">The filter's upper bound, if any.</param>
/// <param name="Customers">Customers with at least one visit under the filter: the n of every share.</param>
/// <param name="SupportNodes">The nodes counted as support.</param>
/// <param name="GoalTouchpoints">The touchpoints whose absence makes a drop-off.</param>
/// <param name="CasesAsSupport">Whether support cases were counted as visits to <see cref="PathNodes.Support"/>.</param>
/// <param name="Shares">Shares of customers on and off the planned order (non-exclusive flags).</param>
/// <param name="Classes">Customers per class (exclusive: each customer once), in <see cref="PathClass"/> order.</param>
/// <param name="Transitions">Moves between nodes over all steps, start and end included, in journey order.</param>
/// <param name="TopPaths">The most common whole paths, most customers first.</param>
/// <param name="Nodes">Per touchpoint (and the support node, if used) the customers who went on or left.</param>
/// <param name="Flow">Moves per step up to <see cref="PathAnalysis.FlowSteps"/>, for a Sankey diagram.</param>
public sealed record PathReport(
    string JourneyId,
    string JourneyName,
    DateTime? From,
    DateTime? To,
    long Customers,
    IReadOnlyList<string> SupportNodes,
    IReadOnlyList<string> GoalTouchpoints,
    bool CasesAsSupport,
    PathShares Shares,
    IReadOnlyList<ClassShare> Classes,
    IReadOnlyList<PathTransition> Transitions,
    IReadOnlyList<CommonPath> TopPaths,
    IReadOnlyList<NodeContinuation> Nodes,
    IReadOnlyList<StepTransition> Flow);
