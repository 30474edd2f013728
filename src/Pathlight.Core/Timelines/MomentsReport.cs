namespace Pathlight.Timelines;

/// <summary>The first / last / peak analysis of a journey: how much single contacts weigh beyond the average experience.</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="JourneyName">Its name.</param>
/// <param name="Outcome">The overall outcome predicted.</param>
/// <param name="Considered">Customers with any touchpoint score or relationship answer under the filter.</param>
/// <param name="N">Customers analysed: at least two touchpoint scores and an answer to the outcome.</param>
/// <param name="MinSample">The journey's minimum sample; below it the figures are indicative only.</param>
/// <param name="Predictors">Average, first, last, best and worst, each with its mean and its correlation with the outcome.</param>
/// <param name="AverageR2">R² of the outcome on the average alone, or null when it cannot be fitted.</param>
/// <param name="Increments">First, last, best and worst, each added to the average.</param>
/// <param name="LastOverFirst">
/// The last contact's R² increment minus the first's, with the percentile interval of the paired bootstrap differences:
/// above 0 when the end of the journey weighs more than its start.
/// </param>
/// <param name="Resamples">Bootstrap resamples behind the R² increments' intervals (fixed seed, so reruns agree).</param>
/// <param name="Statements">The findings in plain sentences.</param>
public sealed record MomentsReport(
    string JourneyId,
    string JourneyName,
    MomentsOutcome Outcome,
    int Considered,
    int N,
    int MinSample,
    IReadOnlyList<PredictorCorrelation> Predictors,
    double? AverageR2,
    IReadOnlyList<MomentIncrement> Increments,
    Statistics.Measure? LastOverFirst,
    int Resamples,
    IReadOnlyList<string> Statements)
{
    /// <summary>The increment of one contact.</summary>
    public MomentIncrement Increment(MomentPredictor predictor) => Increments.First(i => i.Predictor == predictor);

    /// <summary>The correlation of one predictor.</summary>
    public PredictorCorrelation Correlation(MomentPredictor predictor) => Predictors.First(p => p.Predictor == predictor);
}
