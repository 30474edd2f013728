namespace Pathlight.Storage.DuckDb;

/// <summary>A loaded journey with the size of its map and how many facts it holds; <c>LoadedAt</c> is UTC.</summary>
public sealed record JourneySummary(
    string Id,
    string Name,
    int Stages,
    int Touchpoints,
    DateTime LoadedAt,
    long Interactions,
    long Responses,
    long Cases,
    long Outcomes);
