namespace Pathlight.Journeys;

/// <summary>One ordered stage of a journey (e.g. attract, interact, cultivate).</summary>
/// <param name="Id">Identifier touchpoints refer to.</param>
/// <param name="Name">Display name.</param>
/// <param name="Order">Zero-based position in the journey.</param>
public sealed record Stage(string Id, string Name, int Order);
