using Pathlight.Facts;

namespace Pathlight.Timelines;

/// <summary>The names and per-kind values the timeline writers share, so JSON and CSV spell everything the same way.</summary>
internal static class TimelineText
{
    /// <summary>Every kind-specific key, in the order the CSV writes them.</summary>
    public static readonly string[] ValueNames =
    [
        "success", "duration_seconds", "value",
        "relationship", "score", "nps", "csat", "ces", "expectation", "reality", "expectations_met", "would_return",
        "would_recommend", "comment", "experience",
        "category", "opened", "resolved", "hours_to_resolve", "contacts", "first_contact_resolution", "reopened",
        "outcome",
    ];

    public static string Of(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.Interaction => "interaction",
        TimelineEventKind.Response => "response",
        TimelineEventKind.CaseOpened => "case_opened",
        TimelineEventKind.CaseResolved => "case_resolved",
        _ => "outcome",
    };

    /// <summary>The keys and values of the event's kind (values are null, bool, int, double, DateTime or string).</summary>
    public static IEnumerable<(string Name, object? Value)> Values(TimelineEvent item) => item.Fact switch
    {
        InteractionFact i =>
        [
            ("success", i.Success), ("duration_seconds", i.DurationSeconds), ("value", i.Value),
        ],
        ResponseFact r =>
        [
            ("relationship", r.TouchpointId is null), ("score", r.Score), ("nps", r.Nps), ("csat", r.Csat), ("ces", r.Ces),
            ("expectation", r.Expectation), ("reality", r.Reality), ("expectations_met", r.ExpectationsMet),
            ("would_return", r.WouldReturn), ("would_recommend", r.WouldRecommend), ("comment", r.Comment),
            ("experience", item.Experience),
        ],
        CaseFact c =>
        [
            ("category", c.Category), ("opened", c.Opened), ("resolved", c.Resolved),
            ("hours_to_resolve", c.Resolved is { } done ? (done - c.Opened).TotalHours : null), ("contacts", c.Contacts),
            ("first_contact_resolution", c.FirstContactResolution), ("reopened", c.Reopened),
        ],
        OutcomeFact o => [("outcome", o.OutcomeKind), ("value", o.Value)],
        _ => [],
    };
}
