using Pathlight.Facts;
using Pathlight.Identity;

namespace Pathlight.Timelines;

/// <summary>Everything one customer did, said and met in a journey, in time order, with their journey-level experience.</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="JourneyName">Its name.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Events">Interactions, responses, cases (opened and resolved) and outcomes in time order.</param>
/// <param name="Experience">The running experience after each touchpoint answer with a score, in time order.</param>
/// <param name="Visited">The touchpoints the customer interacted with or answered about, in journey order.</param>
/// <param name="LatestRelationship">The customer's latest relationship (no touchpoint) response, or null.</param>
/// <param name="OpenCases">The customer's cases without a resolution, oldest first.</param>
public sealed record CustomerTimeline(
    string JourneyId,
    string JourneyName,
    string CustomerId,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<ExperiencePoint> Experience,
    IReadOnlyList<TouchpointVisit> Visited,
    ResponseFact? LatestRelationship,
    IReadOnlyList<CaseFact> OpenCases)
{
    /// <summary>
    /// How the customer was stitched together: their identifiers and merge history; null when the timeline was built
    /// without the store's identity graph.
    /// </summary>
    public CustomerIdentity? Identity { get; init; }

    /// <summary>The first event's time.</summary>
    public DateTime FirstSeen => Events[0].At;

    /// <summary>The last event's time.</summary>
    public DateTime LastSeen => Events[^1].At;

    /// <summary>The customer's current journey-level experience: the mean of all their touchpoint scores, or null.</summary>
    public double? CurrentExperience => Experience.Count == 0 ? null : Experience[^1].Running;

    /// <summary>How many facts of a kind the customer has (a case counts once).</summary>
    public int Count(FactKind kind) =>
        Events.Count(e => e.Fact.Kind == kind && e.Kind != TimelineEventKind.CaseResolved);
}
