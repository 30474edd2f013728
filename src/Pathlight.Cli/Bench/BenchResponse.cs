namespace Pathlight.Cli.Bench;

/// <summary>
/// One generated survey response. Answers are −1 when not given; the yes/no answers are 1, 0 or −1.
/// </summary>
/// <param name="Index">The row number, 0-based; the id is made from it.</param>
/// <param name="Touchpoint">The touchpoint's index in the journey, or −1 for a relationship response.</param>
/// <param name="Seconds">Seconds after <see cref="BenchData.Start"/>.</param>
/// <param name="Customer">The customer's number.</param>
/// <param name="Region">The customer's region, an index into <see cref="BenchData.Regions"/>.</param>
/// <param name="Nps">Likelihood to recommend, 0–10.</param>
/// <param name="Csat">Satisfaction, 1–5.</param>
/// <param name="Ces">Effort, 1–7.</param>
/// <param name="Expectation">What the customer expected, 0–10.</param>
/// <param name="Reality">What the customer experienced, 0–10.</param>
/// <param name="ExpectationsMet">Were your expectations met?</param>
/// <param name="WouldReturn">Would you come back?</param>
/// <param name="WouldRecommend">Would you recommend us?</param>
internal readonly record struct BenchResponse(
    long Index,
    int Touchpoint,
    long Seconds,
    long Customer,
    int Region,
    sbyte Nps,
    sbyte Csat,
    sbyte Ces,
    sbyte Expectation,
    sbyte Reality,
    sbyte ExpectationsMet,
    sbyte WouldReturn,
    sbyte WouldRecommend);
