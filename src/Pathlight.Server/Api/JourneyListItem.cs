namespace Pathlight.Server.Api;

/// <summary>A loaded journey with its size and fact counts.</summary>
public sealed record JourneyListItem(
    string Id,
    string Name,
    int Stages,
    int Touchpoints,
    DateTime LoadedAt,
    long Interactions,
    long Responses,
    long Cases,
    long Outcomes);
