using Pathlight.Journeys;

namespace Pathlight.Server.Api;

/// <summary>A journey's definition as the API returns it: the YAML text, and the map it describes.</summary>
public sealed record JourneyDefinition(
    string Id,
    string Name,
    string? Description,
    IReadOnlyList<JourneyDefinition.StageItem> Stages,
    IReadOnlyList<JourneyDefinition.TouchpointItem> Touchpoints,
    string Definition)
{
    public sealed record StageItem(string Id, string Name);

    public sealed record TouchpointItem(string Id, string Name, string Stage, string Channel, string? Owner, bool Intentional,
        double? ExpectedScore);

    public static JourneyDefinition Of(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return new JourneyDefinition(journey.Id, journey.Name, journey.Description,
            [.. journey.Stages.Select(s => new StageItem(s.Id, s.Name))],
            [.. journey.Touchpoints.Select(t => new TouchpointItem(t.Id, t.Name, t.StageId, t.Channel, t.Owner, t.Intentional, t.ExpectedScore))],
            journey.Source);
    }
}
