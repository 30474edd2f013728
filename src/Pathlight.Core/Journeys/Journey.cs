namespace Pathlight.Journeys;

/// <summary>A customer journey: ordered stages, their touchpoints and the options that govern its metrics.</summary>
/// <param name="Id">Stable identifier, used on the command line and in the store.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">Optional free text.</param>
/// <param name="Stages">Stages in journey order.</param>
/// <param name="Touchpoints">Touchpoints in journey order (stage order, then file order within a stage).</param>
/// <param name="Options">Sample size, light thresholds and segment dimensions.</param>
/// <param name="Source">The journey file's text as loaded, kept so the store can hand it back unchanged.</param>
public sealed record Journey(
    string Id,
    string Name,
    string? Description,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Touchpoint> Touchpoints,
    JourneyOptions Options,
    string Source)
{
    /// <summary>The touchpoint with this id, or null.</summary>
    public Touchpoint? FindTouchpoint(string id) => Touchpoints.FirstOrDefault(t => t.Id == id);

    /// <summary>The touchpoints of one stage in journey order.</summary>
    public IEnumerable<Touchpoint> TouchpointsIn(Stage stage) => Touchpoints.Where(t => t.StageId == stage.Id);
}
