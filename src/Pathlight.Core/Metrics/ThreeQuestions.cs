using Pathlight.Statistics;

namespace Pathlight.Metrics;

/// <summary>The three final questions as percentages of yes, with the pooled affirmative rate.</summary>
/// <param name="Met">Were your expectations met? % yes.</param>
/// <param name="Return">Would you come back? % yes.</param>
/// <param name="Recommend">Would you recommend us? % yes.</param>
/// <param name="Affirmative">% yes over all answers to the three questions together.</param>
public sealed record ThreeQuestions(Measure? Met, Measure? Return, Measure? Recommend, Measure? Affirmative)
{
    /// <summary>The affirmative rate (percent) above which the journey is on track.</summary>
    public const double TargetPercent = 90;

    /// <summary>Whether the affirmative rate is above <see cref="TargetPercent"/>; null without answers.</summary>
    public bool? OnTrack => Affirmative is null ? null : Affirmative.Value > TargetPercent;

    /// <summary>The three questions of a group of responses, each with its Wilson interval.</summary>
    /// <param name="statistics">The group's response statistics.</param>
    public static ThreeQuestions Of(ResponseStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var all = statistics.ExpectationsMet + statistics.WouldReturn + statistics.WouldRecommend;
        return new ThreeQuestions(
            Percent(statistics.ExpectationsMet),
            Percent(statistics.WouldReturn),
            Percent(statistics.WouldRecommend),
            Percent(all));
    }

    private static Measure? Percent(YesNo answers) => WilsonInterval.Percent(answers.Yes, answers.N);
}
