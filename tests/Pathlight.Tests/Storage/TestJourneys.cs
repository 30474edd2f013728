using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Tests.Storage;

/// <summary>Small journeys (parsed from YAML, as the store keeps the text) and facts for the store tests.</summary>
internal static class TestJourneys
{
    public static readonly DateTime March = new(2025, 3, 4, 10, 30, 0, DateTimeKind.Utc);

    /// <summary>A journey with one stage and the named touchpoints.</summary>
    public static Journey With(string id, string name, params string[] touchpoints)
    {
        var yaml = $"""
            id: {id}
            name: {name}
            stages:
              - id: s
                name: Stage S
            touchpoints:
            {string.Concat(touchpoints.Select(t => $"  - id: {t}\n    name: Touchpoint {t}\n    stage: s\n    channel: web\n"))}
            """;
        return JourneyFile.Parse(yaml, $"{id}.yaml");
    }

    public static ResponseFact Response(string id, string? touchpoint, int? nps = 8, string? comment = null,
        IReadOnlyDictionary<string, string>? attributes = null) =>
        new(id, touchpoint, March, "c-1", nps, null, null, null, null, null, null, null, comment,
            attributes ?? new Dictionary<string, string>());

    public static InteractionFact Interaction(string id, string touchpoint) =>
        new(id, touchpoint, "web", March, "c-1", true, 12.5, null, new Dictionary<string, string>());
}
