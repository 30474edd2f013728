namespace Pathlight.Timelines;

/// <summary>How the moments writers spell predictors.</summary>
internal static class MomentsText
{
    public static string Of(MomentPredictor predictor) => predictor switch
    {
        MomentPredictor.Average => "average",
        MomentPredictor.First => "first",
        MomentPredictor.Last => "last",
        MomentPredictor.Best => "best",
        _ => "worst",
    };
}
