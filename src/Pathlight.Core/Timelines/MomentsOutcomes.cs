namespace Pathlight.Timelines;

/// <summary>The names users give the outcomes on the command line and in the API, and how reports describe them.</summary>
public static class MomentsOutcomes
{
    /// <summary>nps, recommend, return.</summary>
    public static IReadOnlyList<string> All { get; } = ["nps", "recommend", "return"];

    /// <summary>The name of an outcome, as users type it.</summary>
    public static string NameOf(MomentsOutcome outcome) => outcome switch
    {
        MomentsOutcome.Nps => "nps",
        MomentsOutcome.Recommend => "recommend",
        _ => "return",
    };

    /// <summary>The outcome a name stands for (case-insensitive); null or empty means the default, nps.</summary>
    /// <exception cref="PathlightException">An unknown name.</exception>
    public static MomentsOutcome Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return MomentsOutcome.Nps;
        foreach (var outcome in Enum.GetValues<MomentsOutcome>())
        {
            if (string.Equals(NameOf(outcome), name.Trim(), StringComparison.OrdinalIgnoreCase)) return outcome;
        }

        throw new PathlightException($"Unknown outcome '{name}'; use one of {string.Join(", ", All)}.");
    }

    /// <summary>The outcome in words, e.g. "likelihood to recommend (0–10)".</summary>
    public static string Describe(MomentsOutcome outcome) => outcome switch
    {
        MomentsOutcome.Nps => "likelihood to recommend (0–10)",
        MomentsOutcome.Recommend => "\"would recommend\" answer (yes = 1, no = 0)",
        _ => "\"would come back\" answer (yes = 1, no = 0)",
    };
}
