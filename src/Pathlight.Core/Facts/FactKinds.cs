namespace Pathlight.Facts;

/// <summary>The names users give the kinds of facts on the command line and in API routes.</summary>
public static class FactKinds
{
    private static readonly (FactKind Kind, string Name)[] Names =
    [
        (FactKind.Interaction, "interactions"),
        (FactKind.Response, "responses"),
        (FactKind.Case, "cases"),
        (FactKind.Outcome, "outcomes"),
    ];

    /// <summary>interactions, responses, cases, outcomes.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>The plural name of a kind, as users type it.</summary>
    public static string NameOf(FactKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>The kind a plural name stands for (case-insensitive).</summary>
    public static bool TryParse(string? name, out FactKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
