namespace Pathlight.Drivers;

/// <summary>The names of <see cref="DriverOutcome"/> on the command line, in the API and in JSON, and their descriptions.</summary>
public static class DriverOutcomes
{
    /// <summary>The names accepted by <see cref="Parse"/>, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["recommend", "return", "nps", "churn"];

    /// <summary>The outcome with this name (case-insensitive); null or blank means <see cref="DriverOutcome.Recommend"/>.</summary>
    /// <exception cref="PathlightException">An unknown name.</exception>
    public static DriverOutcome Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "recommend" => DriverOutcome.Recommend,
        "return" => DriverOutcome.Return,
        "nps" => DriverOutcome.Nps,
        "churn" => DriverOutcome.Churn,
        _ => throw new PathlightException($"Unknown outcome '{name}'; use one of {string.Join(", ", Names)}."),
    };

    /// <summary>The outcome's name, as <see cref="Parse"/> reads it.</summary>
    public static string Name(DriverOutcome outcome) => Names[(int)outcome];

    /// <summary>What the outcome measures, in words for people.</summary>
    public static string Describe(DriverOutcome outcome) => outcome switch
    {
        DriverOutcome.Recommend => "Would recommend (yes = 1), latest relationship answer",
        DriverOutcome.Return => "Would come back (yes = 1), latest relationship answer",
        DriverOutcome.Nps => "Likelihood to recommend (0–10), latest relationship answer",
        DriverOutcome.Churn => "Churned (1) or not (0)",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>Whether a higher outcome is better (churn is the one where it is worse).</summary>
    public static bool HigherIsBetter(DriverOutcome outcome) => outcome != DriverOutcome.Churn;
}
