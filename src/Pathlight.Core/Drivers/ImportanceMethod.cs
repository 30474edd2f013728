namespace Pathlight.Drivers;

/// <summary>How relative importance was computed.</summary>
public enum ImportanceMethod
{
    /// <summary>The exact Shapley decomposition of R² over all subsets (LMG), used up to 15 drivers.</summary>
    Lmg,

    /// <summary>Johnson's relative weights, used above 15 drivers.</summary>
    RelativeWeights,
}
