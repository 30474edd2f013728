namespace Pathlight.Paths;

/// <summary>
/// The synthetic nodes of a path besides touchpoints. Their names hold parentheses, which touchpoint ids cannot,
/// so they never collide with a touchpoint.
/// </summary>
public static class PathNodes
{
    /// <summary>Where every path begins.</summary>
    public const string Start = "(start)";

    /// <summary>Where every path ends.</summary>
    public const string End = "(end)";

    /// <summary>A support case, when the journey has no support touchpoint to stand for it.</summary>
    public const string Support = "(support)";

    /// <summary>In the flow only: the customers who go on beyond its last step.</summary>
    public const string More = "(more)";

    /// <summary>Whether <paramref name="node"/> is one of the synthetic nodes.</summary>
    public static bool IsSynthetic(string node) => node is Start or End or Support or More;
}
