namespace Pathlight.Paths;

/// <summary>The words path reports use for machines (JSON, CSV) and people.</summary>
public static class PathText
{
    /// <summary>The snake_case name of a class: planned, support_detour, detour, drop_off.</summary>
    public static string Of(PathClass value) => value switch
    {
        PathClass.Planned => "planned",
        PathClass.SupportDetour => "support_detour",
        PathClass.Detour => "detour",
        PathClass.DropOff => "drop_off",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>A class in words for people: "On the planned path", "Detour into support"...</summary>
    public static string Label(PathClass value) => value switch
    {
        PathClass.Planned => "On the planned path",
        PathClass.SupportDetour => "Detour into support",
        PathClass.Detour => "Detour (back to an earlier touchpoint)",
        PathClass.DropOff => "Drop-off (goal not reached)",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>A path written for people and CSV cells: node ids joined by " > ".</summary>
    public static string Of(IEnumerable<string> nodes) => string.Join(" > ", nodes);
}
