using Pathlight.Statistics;

namespace Pathlight.Metrics;

/// <summary>The survey metrics NPS, CSAT and CES, each from its answer histogram.</summary>
public static class PerceptionMetrics
{
    /// <summary>NPS (−100 to 100) with its adjusted-Wald interval; promoters 9–10, detractors 0–6.</summary>
    /// <param name="histogram">Counts of likelihood-to-recommend answers, index = score 0–10.</param>
    public static Measure? Nps(IReadOnlyList<long> histogram)
    {
        RequireLength(histogram, 11);
        long promoters = 0, detractors = 0, n = 0;
        for (var score = 0; score <= 10; score++)
        {
            n += histogram[score];
            if (score >= 9) promoters += histogram[score];
            else if (score <= 6) detractors += histogram[score];
        }

        return NpsInterval.Of(promoters, detractors, n);
    }

    /// <summary>CSAT: % of answers 4 or 5 on 1–5 (top-two box) with its Wilson interval.</summary>
    /// <param name="histogram">Counts of CSAT answers, index 0 = score 1 … index 4 = score 5.</param>
    public static Measure? Csat(IReadOnlyList<long> histogram)
    {
        RequireLength(histogram, 5);
        long topTwo = histogram[3] + histogram[4], n = 0;
        foreach (var count in histogram) n += count;
        return WilsonInterval.Percent(topTwo, n);
    }

    /// <summary>CES: mean effort on 1–7 with its t interval.</summary>
    /// <param name="histogram">Counts of CES answers, index 0 = score 1 … index 6 = score 7.</param>
    public static Measure? Ces(IReadOnlyList<long> histogram)
    {
        RequireLength(histogram, 7);
        var moments = default(Moments);
        for (var i = 0; i < histogram.Count; i++)
        {
            double score = i + 1;
            moments += new Moments(histogram[i], histogram[i] * score, histogram[i] * score * score);
        }

        return MeanInterval.Of(moments);
    }

    private static void RequireLength(IReadOnlyList<long> histogram, int length)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.Count != length)
        {
            throw new ArgumentException($"Expected {length} counts, got {histogram.Count}.", nameof(histogram));
        }
    }
}
