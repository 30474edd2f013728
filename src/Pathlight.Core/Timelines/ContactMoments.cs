namespace Pathlight.Timelines;

/// <summary>One customer's first, last, best, worst and average touchpoint scores, and their outcome.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="First">The first answer's score.</param>
/// <param name="Last">The last answer's score.</param>
/// <param name="Best">The highest score.</param>
/// <param name="Worst">The lowest score.</param>
/// <param name="Average">The mean of all scores.</param>
/// <param name="Outcome">The outcome's value.</param>
public sealed record ContactMoments(string CustomerId, double First, double Last, double Best, double Worst, double Average, double Outcome)
{
    /// <summary>The fewest touchpoint scores a customer needs to have a first and a distinct last contact.</summary>
    public const int MinScores = 2;

    /// <summary>The customer's moments, or null with fewer than <see cref="MinScores"/> scores or without the outcome.</summary>
    public static ContactMoments? Of(CustomerScores customer, MomentsOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Scores.Count < MinScores || customer.Outcome(outcome) is not { } value) return null;

        var scores = customer.Scores;
        return new ContactMoments(customer.CustomerId, scores[0], scores[^1], scores.Max(), scores.Min(), scores.Average(), value);
    }

    /// <summary>The value of one predictor.</summary>
    public double Value(MomentPredictor predictor) => predictor switch
    {
        MomentPredictor.Average => Average,
        MomentPredictor.First => First,
        MomentPredictor.Last => Last,
        MomentPredictor.Best => Best,
        _ => Worst,
    };
}
