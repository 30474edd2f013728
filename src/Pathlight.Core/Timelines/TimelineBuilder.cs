using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Timelines;

/// <summary>Builds a customer's timeline from their facts, which may come in any order.</summary>
public static class TimelineBuilder
{
    /// <summary>
    /// Puts the facts in time order (at the same instant: interactions, responses, cases opened, cases resolved,
    /// outcomes, then by id), computes the running experience (the mean of every touchpoint score so far, each answer
    /// counting once), the touchpoints visited, the latest relationship response and the open cases.
    /// </summary>
    /// <param name="journey">The journey the facts belong to, for touchpoint names, stages and channels.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="facts">The customer's facts in the journey.</param>
    /// <exception cref="NotFoundException">When there are no facts: the journey has no such customer.</exception>
    public static CustomerTimeline Build(Journey journey, string customerId, IReadOnlyCollection<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            throw new NotFoundException($"The journey '{journey.Id}' has no customer '{customerId}'.");
        }

        var ordered = facts.SelectMany(f => Placements(journey, f))
            .OrderBy(e => e.At).ThenBy(e => e.Kind).ThenBy(e => e.Fact.Id, StringComparer.Ordinal)
            .ToList();

        var events = new List<TimelineEvent>(ordered.Count);
        var experience = new List<ExperiencePoint>();
        var sum = 0.0;
        foreach (var placed in ordered)
        {
            if (placed.Fact is ResponseFact { TouchpointId: { } touchpoint, Score: { } score })
            {
                sum += score;
                var running = sum / (experience.Count + 1);
                experience.Add(new ExperiencePoint(placed.At, touchpoint, placed.TouchpointName!, score, running, experience.Count + 1));
                events.Add(placed with { Experience = running });
            }
            else
            {
                events.Add(placed);
            }
        }

        return new CustomerTimeline(journey.Id, journey.Name, customerId, events, experience, Visits(journey, events),
            LatestRelationship(events), OpenCases(facts));
    }

    private static IEnumerable<TimelineEvent> Placements(Journey journey, Fact fact)
    {
        switch (fact)
        {
            case InteractionFact i:
                var at = journey.FindTouchpoint(i.TouchpointId);
                yield return new TimelineEvent(i.At, TimelineEventKind.Interaction, i, at, i.Channel ?? at?.Channel, null);
                break;
            case ResponseFact r:
                var rated = r.TouchpointId is null ? null : journey.FindTouchpoint(r.TouchpointId);
                yield return new TimelineEvent(r.At, TimelineEventKind.Response, r, rated, rated?.Channel, null);
                break;
            case CaseFact c:
                var cause = c.TouchpointId is null ? null : journey.FindTouchpoint(c.TouchpointId);
                yield return new TimelineEvent(c.Opened, TimelineEventKind.CaseOpened, c, cause, c.Channel, null);
                if (c.Resolved is { } resolved)
                {
                    yield return new TimelineEvent(resolved, TimelineEventKind.CaseResolved, c, cause, c.Channel, null);
                }

                break;
            case OutcomeFact o:
                yield return new TimelineEvent(o.At, TimelineEventKind.Outcome, o, null, null, null);
                break;
            default:
                throw new ArgumentException($"Unknown fact type {fact.GetType().Name}.", nameof(fact));
        }
    }

    private static List<TouchpointVisit> Visits(Journey journey, List<TimelineEvent> events)
    {
        var visits = new List<TouchpointVisit>();
        var met = events.Where(e => e.Kind is TimelineEventKind.Interaction or TimelineEventKind.Response && e.TouchpointId is not null);
        foreach (var group in met.GroupBy(e => e.TouchpointId!, StringComparer.Ordinal))
        {
            var touchpoint = journey.FindTouchpoint(group.Key);
            var scores = group.Select(e => e.Fact).OfType<ResponseFact>().Select(r => r.Score).OfType<int>().ToList();
            visits.Add(new TouchpointVisit(group.Key, touchpoint?.Name ?? group.Key, touchpoint?.StageId,
                group.Count(e => e.Kind == TimelineEventKind.Interaction), group.Count(e => e.Kind == TimelineEventKind.Response),
                scores.Count == 0 ? null : scores.Average(), group.First().At));
        }

        // Touchpoints the journey does not know go last, in the order the customer met them.
        return [.. visits.OrderBy(v => journey.FindTouchpoint(v.TouchpointId)?.Order ?? int.MaxValue).ThenBy(v => v.FirstAt)];
    }

    private static ResponseFact? LatestRelationship(List<TimelineEvent> events) =>
        events.Select(e => e.Fact).OfType<ResponseFact>().LastOrDefault(r => r.TouchpointId is null);

    private static List<CaseFact> OpenCases(IEnumerable<Fact> facts) =>
        [.. facts.OfType<CaseFact>().Where(c => c.Resolved is null).OrderBy(c => c.Opened).ThenBy(c => c.Id, StringComparer.Ordinal)];
}
