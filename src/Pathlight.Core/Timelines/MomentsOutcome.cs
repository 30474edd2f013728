namespace Pathlight.Timelines;

/// <summary>The overall outcome the first, last and peak contacts are set against, from the latest relationship answer.</summary>
public enum MomentsOutcome
{
    /// <summary>Likelihood to recommend, 0–10 (the NPS question).</summary>
    Nps,

    /// <summary>Would you recommend us? yes = 1, no = 0.</summary>
    Recommend,

    /// <summary>Would you come back? yes = 1, no = 0.</summary>
    Return,
}
