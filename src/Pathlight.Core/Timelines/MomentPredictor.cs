namespace Pathlight.Timelines;

/// <summary>A summary of a customer's touchpoint scores used to predict their overall outcome.</summary>
public enum MomentPredictor
{
    /// <summary>The mean of all their touchpoint scores.</summary>
    Average,

    /// <summary>The score of their first touchpoint answer.</summary>
    First,

    /// <summary>The score of their last touchpoint answer.</summary>
    Last,

    /// <summary>Their best (highest) touchpoint score: the positive peak.</summary>
    Best,

    /// <summary>Their worst (lowest) touchpoint score: the negative peak.</summary>
    Worst,
}
