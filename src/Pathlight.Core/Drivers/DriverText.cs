namespace Pathlight.Drivers;

/// <summary>How the driver report names its methods and quadrants, in JSON and CSV and for people.</summary>
public static class DriverText
{
    /// <summary>"fix_first", "keep_up", "possible_overkill" or "low_priority".</summary>
    public static string Name(DriverQuadrant quadrant) => quadrant switch
    {
        DriverQuadrant.FixFirst => "fix_first",
        DriverQuadrant.KeepUp => "keep_up",
        DriverQuadrant.PossibleOverkill => "possible_overkill",
        _ => "low_priority",
    };

    /// <summary>"Fix first", "Keep up", "Possible overkill" or "Low priority".</summary>
    public static string Label(DriverQuadrant quadrant) => quadrant switch
    {
        DriverQuadrant.FixFirst => "Fix first",
        DriverQuadrant.KeepUp => "Keep up",
        DriverQuadrant.PossibleOverkill => "Possible overkill",
        _ => "Low priority",
    };

    /// <summary>"lmg" or "relative_weights".</summary>
    public static string Name(ImportanceMethod method) => method == ImportanceMethod.Lmg ? "lmg" : "relative_weights";

    /// <summary>The method in words.</summary>
    public static string Label(ImportanceMethod method) => method == ImportanceMethod.Lmg
        ? "exact Shapley decomposition of R² (LMG)"
        : "Johnson's relative weights";
}
