using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>Likelihood-to-recommend answers split into promoters (9–10) and detractors (0–6).</summary>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
/// <param name="N">All answers.</param>
public readonly record struct NpsCounts(long Promoters, long Detractors, long N)
{
    /// <summary>The NPS with its adjusted-Wald interval, or null without answers.</summary>
    public Measure? Nps => NpsInterval.Of(Promoters, Detractors, N);

    /// <summary>The counts with one more answer (0–10).</summary>
    public NpsCounts Add(int answer) => new(Promoters + (answer >= 9 ? 1 : 0), Detractors + (answer <= 6 ? 1 : 0), N + 1);
}
