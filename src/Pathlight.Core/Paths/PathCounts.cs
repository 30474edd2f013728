namespace Pathlight.Paths;

/// <summary>
/// What the store counts for path analysis: the moves per step and the distinct paths, each with its customers.
/// Both come from the same visits, so summing the steps gives the transitions implied by the paths.
/// </summary>
/// <param name="Steps">Moves per step, start and end included.</param>
/// <param name="Sequences">Distinct whole paths with their customer counts.</param>
public sealed record PathCounts(IReadOnlyList<StepTransition> Steps, IReadOnlyList<PathSequence> Sequences)
{
    /// <summary>No visits at all.</summary>
    public static PathCounts Empty { get; } = new([], []);
}
