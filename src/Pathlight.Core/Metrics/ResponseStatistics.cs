using Pathlight.Facts;

namespace Pathlight.Metrics;

/// <summary>
/// Sufficient statistics of a group of survey responses: score histograms and moment sums from which every
/// perception metric is derived. The store fills them (from raw facts or from maintained aggregates);
/// the metric code never sees individual responses.
/// </summary>
public sealed class ResponseStatistics
{
    /// <summary>Responses in the group, whatever they answered.</summary>
    public long Responses { get; set; }

    /// <summary>Counts of likelihood-to-recommend answers; index = score 0–10.</summary>
    public long[] Nps { get; } = new long[11];

    /// <summary>Counts of CSAT answers; index 0 = score 1 … index 4 = score 5.</summary>
    public long[] Csat { get; } = new long[5];

    /// <summary>Counts of CES answers; index 0 = score 1 … index 6 = score 7.</summary>
    public long[] Ces { get; } = new long[7];

    /// <summary>Moments of reality − expectation over responses that answer both.</summary>
    public Moments Gap { get; set; }

    /// <summary>Moments of the touchpoint score (reality, else likelihood to recommend).</summary>
    public Moments Score { get; set; }

    /// <summary>Moments of the stated expectation (0–10) over responses that answer it.</summary>
    public Moments Expectation { get; set; }

    /// <summary>Were your expectations met?</summary>
    public YesNo ExpectationsMet { get; set; }

    /// <summary>Would you come back?</summary>
    public YesNo WouldReturn { get; set; }

    /// <summary>Would you recommend us?</summary>
    public YesNo WouldRecommend { get; set; }

    /// <summary>Counts one response in. Used where statistics are built in memory (tests, small samples).</summary>
    public void Add(ResponseFact response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Responses++;
        if (response.Nps is { } nps) Nps[nps]++;
        if (response.Csat is { } csat) Csat[csat - 1]++;
        if (response.Ces is { } ces) Ces[ces - 1]++;
        if (response is { Reality: { } reality, Expectation: { } expectation }) Gap = Gap.Add(reality - expectation);
        if (response.Score is { } score) Score = Score.Add(score);
        if (response.Expectation is { } expected) Expectation = Expectation.Add(expected);
        if (response.ExpectationsMet is { } met) ExpectationsMet = ExpectationsMet.Add(met);
        if (response.WouldReturn is { } back) WouldReturn = WouldReturn.Add(back);
        if (response.WouldRecommend is { } recommend) WouldRecommend = WouldRecommend.Add(recommend);
    }

    /// <summary>Adds another group's statistics into this one.</summary>
    public void Merge(ResponseStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Responses += other.Responses;
        AddInto(Nps, other.Nps);
        AddInto(Csat, other.Csat);
        AddInto(Ces, other.Ces);
        Gap += other.Gap;
        Score += other.Score;
        Expectation += other.Expectation;
        ExpectationsMet += other.ExpectationsMet;
        WouldReturn += other.WouldReturn;
        WouldRecommend += other.WouldRecommend;
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
