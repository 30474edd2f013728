namespace Pathlight.Opportunities;

/// <summary>How much a touchpoint matters to whether customers recommend us, from the key-driver analysis.</summary>
/// <param name="Share">The touchpoint's share of the model's R² (0–1); 0 when it is not in the model.</param>
/// <param name="Importance">Its part of R² (LMG or relative weight); 0 when it is not in the model.</param>
/// <param name="R">Pearson r of its score with would-recommend, when it is in the model.</param>
/// <param name="RLow">Lower bound of r's 95% interval, if any.</param>
/// <param name="RHigh">Upper bound of r's 95% interval, if any.</param>
/// <param name="N">Customers with both a score there and an outcome.</param>
/// <param name="Note">Why the touchpoint is not in the model, or null when it is.</param>
public sealed record TouchpointImportance(double Share, double Importance, double? R, double? RLow, double? RHigh, long N, string? Note)
{
    /// <summary>A touchpoint left out of the model, with the reason.</summary>
    public static TouchpointImportance None(long n, string note) => new(0, 0, null, null, null, n, note);
}
