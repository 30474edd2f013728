using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Timelines;

/// <summary>One event of a customer's timeline: a fact (a case gives two events, opened and resolved) placed in time.</summary>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Fact">The fact behind it, with all its values.</param>
/// <param name="Touchpoint">The touchpoint it concerns (for a case, the one that caused it), when it is in the journey.</param>
/// <param name="Channel">
/// Where it happened: the interaction's or case's own channel, else the touchpoint's; for a response the channel of the
/// touchpoint it rates; null for relationship responses and outcomes.
/// </param>
/// <param name="Experience">For a touchpoint answer with a score, the customer's running experience after it.</param>
public sealed record TimelineEvent(
    DateTime At,
    TimelineEventKind Kind,
    Fact Fact,
    Touchpoint? Touchpoint,
    string? Channel,
    double? Experience)
{
    /// <summary>The touchpoint id the fact names, or null (relationship responses, outcomes, cases without a cause).</summary>
    public string? TouchpointId => Fact switch
    {
        InteractionFact i => i.TouchpointId,
        ResponseFact r => r.TouchpointId,
        CaseFact c => c.TouchpointId,
        _ => null,
    };

    /// <summary>The touchpoint's name, its id when the journey does not know it, or null without a touchpoint.</summary>
    public string? TouchpointName => Touchpoint?.Name ?? TouchpointId;
}
