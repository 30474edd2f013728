namespace Pathlight.Server.Surveys;

/// <summary>
/// Rewrites the import parser's reasons ("nps: 11 is outside the range 0 to 10") for the person filling in the
/// form, naming the question instead of the column.
/// </summary>
internal static class SurveyReasons
{
    private static readonly (string Column, string Question)[] Questions =
    [
        ("expectations_met", "Were your expectations met?"),
        ("would_return", "Would you come back?"),
        ("would_recommend", "Would you recommend us?"),
        ("nps", "How likely are you to recommend us?"),
        ("expectation", "How good did you expect it to be?"),
        ("reality", "How good was it really?"),
        ("comment", "Your comment"),
    ];

    public static string ForPeople(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Please check your answers and send them again.";
        }

        var parts = reason.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            foreach (var (column, question) in Questions)
            {
                if (part.StartsWith(column + ": ", StringComparison.Ordinal))
                {
                    return $"{question} {Sentence(part[(column.Length + 2)..])}";
                }
            }

            return Sentence(part);
        });
        return string.Join(" ", parts);
    }

    private static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
}
