namespace Pathlight.Timelines;

/// <summary>One customer's touchpoint scores in time order and their latest relationship answers, for the moments analysis.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Scores">Every touchpoint score (0–10) of the customer, oldest first; each answer counts once.</param>
/// <param name="Nps">Likelihood to recommend from their latest relationship response that answers it.</param>
/// <param name="WouldRecommend">"Would you recommend us?" from their latest relationship response that answers it.</param>
/// <param name="WouldReturn">"Would you come back?" from their latest relationship response that answers it.</param>
public sealed record CustomerScores(string CustomerId, IReadOnlyList<double> Scores, int? Nps, bool? WouldRecommend, bool? WouldReturn)
{
    /// <summary>The customer's value of an outcome (yes = 1, no = 0), or null when they did not answer it.</summary>
    public double? Outcome(MomentsOutcome outcome) => outcome switch
    {
        MomentsOutcome.Nps => Nps,
        MomentsOutcome.Recommend => WouldRecommend is { } yes ? (yes ? 1 : 0) : null,
        _ => WouldReturn is { } back ? (back ? 1 : 0) : null,
    };
}
