using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Reports;
using Pathlight.Scorecards;

namespace Pathlight.Timelines;

/// <summary>
/// Writes a customer timeline as indented JSON, snake_case: the customer's experience, touchpoints visited, latest
/// relationship answer and open cases, then the events in time order. Each event has <c>at, kind, id, touchpoint,
/// touchpoint_name, stage, channel</c> and the keys of its kind (always all of them, null when not given). The
/// customer's <c>identifiers</c> and stitching <c>history</c> are written as <see cref="CustomerIdentityJson"/> does
/// (empty when the timeline carries no identity).
/// </summary>
public static class TimelineJson
{
    /// <summary>Writes <paramref name="timeline"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="timeline">The timeline to write.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void Write(CustomerTimeline timeline, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = ReportJson.CreateWriter(stream);
        json.WriteStartObject();
        json.WriteJourney(timeline.JourneyId, timeline.JourneyName);
        json.WriteString("customer_id", timeline.CustomerId);
        json.WriteString("first_seen", ScorecardText.Of(timeline.FirstSeen));
        json.WriteString("last_seen", ScorecardText.Of(timeline.LastSeen));
        json.WriteStartObject("counts");
        foreach (var kind in Enum.GetValues<FactKind>()) json.WriteNumber(FactKinds.NameOf(kind), timeline.Count(kind));
        json.WriteEndObject();

        var identity = timeline.Identity ?? new CustomerIdentity(timeline.JourneyId, timeline.CustomerId, [], []);
        CustomerIdentityJson.WriteIdentifiers(json, identity);
        CustomerIdentityJson.WriteHistory(json, identity);
        WriteExperience(json, timeline);
        json.WriteStartArray("touchpoints_visited");
        foreach (var visit in timeline.Visited)
        {
            json.WriteStartObject();
            json.WriteString("touchpoint", visit.TouchpointId);
            json.WriteString("name", visit.Name);
            json.WriteString("stage", visit.StageId);
            json.WriteNumber("interactions", visit.Interactions);
            json.WriteNumber("responses", visit.Responses);
            json.WriteNumberOrNull("score", visit.Score);
            json.WriteString("first_at", ScorecardText.Of(visit.FirstAt));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRelationship(json, timeline.LatestRelationship);
        json.WriteStartArray("open_cases");
        foreach (var open in timeline.OpenCases)
        {
            json.WriteStartObject();
            json.WriteString("id", open.Id);
            json.WriteString("touchpoint", open.TouchpointId);
            json.WriteString("category", open.Category);
            json.WriteString("channel", open.Channel);
            json.WriteString("opened", ScorecardText.Of(open.Opened));
            json.WriteNumber("contacts", open.Contacts);
            Boolean(json, "reopened", open.Reopened);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var item in timeline.Events) WriteEvent(json, item);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExperience(Utf8JsonWriter json, CustomerTimeline timeline)
    {
        json.WriteStartObject("experience");
        json.WriteNumberOrNull("current", timeline.CurrentExperience);
        json.WriteNumber("answers", timeline.Experience.Count);
        json.WriteStartArray("points");
        foreach (var point in timeline.Experience)
        {
            json.WriteStartObject();
            json.WriteString("at", ScorecardText.Of(point.At));
            json.WriteString("touchpoint", point.TouchpointId);
            json.WriteString("touchpoint_name", point.TouchpointName);
            json.WriteNumber("score", point.Score);
            json.WriteNumber("running", point.Running);
            json.WriteNumber("answers", point.Answers);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, ResponseFact? latest)
    {
        if (latest is null)
        {
            json.WriteNull("relationship");
            return;
        }

        json.WriteStartObject("relationship");
        json.WriteString("id", latest.Id);
        json.WriteString("at", ScorecardText.Of(latest.At));
        json.WriteNumberOrNull("nps", latest.Nps);
        Boolean(json, "expectations_met", latest.ExpectationsMet);
        Boolean(json, "would_return", latest.WouldReturn);
        Boolean(json, "would_recommend", latest.WouldRecommend);
        json.WriteString("comment", latest.Comment);
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, TimelineEvent item)
    {
        json.WriteStartObject();
        json.WriteString("at", ScorecardText.Of(item.At));
        json.WriteString("kind", TimelineText.Of(item.Kind));
        json.WriteString("id", item.Fact.Id);
        json.WriteString("touchpoint", item.TouchpointId);
        json.WriteString("touchpoint_name", item.TouchpointName);
        json.WriteString("stage", item.Touchpoint?.StageId);
        json.WriteString("channel", item.Channel);
        foreach (var (name, value) in TimelineText.Values(item))
        {
            switch (value)
            {
                case null: json.WriteNull(name); break;
                case bool b: json.WriteBoolean(name, b); break;
                case int i: json.WriteNumber(name, i); break;
                case double d: json.WriteNumber(name, d); break;
                case DateTime t: json.WriteString(name, ScorecardText.Of(t)); break;
                default: json.WriteString(name, value.ToString()); break;
            }
        }

        json.WriteEndObject();
    }

    private static void Boolean(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag) json.WriteBoolean(name, flag);
        else json.WriteNull(name);
    }
}
