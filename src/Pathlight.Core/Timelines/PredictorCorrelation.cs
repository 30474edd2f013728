using Pathlight.Statistics;

namespace Pathlight.Timelines;

/// <summary>How one predictor relates to the outcome on its own.</summary>
/// <param name="Predictor">The predictor.</param>
/// <param name="Mean">The predictor's mean over the customers (0–10) with its t interval.</param>
/// <param name="R">Pearson's r with the outcome and its Fisher-z 95% interval; null when either has no variance.</param>
public sealed record PredictorCorrelation(MomentPredictor Predictor, Measure? Mean, Measure? R);
