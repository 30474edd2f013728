using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>
/// What one contact adds beyond the average: the regression of the outcome on the average and that contact's score.
/// Every value is null when the model cannot be fitted (too few customers, no variance, or the two perfectly collinear).
/// </summary>
/// <param name="Predictor">The contact: first, last, best or worst.</param>
/// <param name="R2">R² of the model with the average and the contact.</param>
/// <param name="DeltaR2">R² beyond the average alone, with a percentile bootstrap 95% interval.</param>
/// <param name="Beta">The contact's standardized coefficient with its t interval (n − 3 degrees of freedom).</param>
/// <param name="AverageBeta">The average's standardized coefficient in the same model, with its t interval.</param>
/// <param name="P">Two-sided p-value of the contact's coefficient (the F test of the R² increment).</param>
public sealed record MomentIncrement(MomentPredictor Predictor, double? R2, Measure? DeltaR2, Measure? Beta, Measure? AverageBeta, double? P)
{
    /// <summary>Whether the contact's coefficient is clearly not zero: its 95% interval excludes 0.</summary>
    public bool Clear => Beta is { Low: { } low, High: { } high } && (low > 0 || high < 0);
}
