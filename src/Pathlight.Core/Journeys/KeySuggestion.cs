namespace Pathlight.Journeys;

/// <summary>Finds the allowed name a misspelt one was most likely meant to be.</summary>
internal static class KeySuggestion
{
    /// <summary>
    /// The closest allowed name when the typo is obvious: the same name up to case, '-' and '_', or a
    /// single best match within a couple of edits. Null when nothing is close or two names tie.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> allowed)
    {
        var candidates = allowed.ToList();
        var normalized = Normalize(name);
        var same = candidates.Where(c => Normalize(c) == normalized).ToList();
        if (same.Count == 1)
        {
            return same[0];
        }

        var maxDistance = name.Length <= 4 ? 1 : 2;
        var ranked = candidates
            .Select(c => (Candidate: c, Distance: Distance(normalized, Normalize(c))))
            .Where(x => x.Distance <= maxDistance)
            .OrderBy(x => x.Distance)
            .ToList();
        if (ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Distance == ranked[0].Distance))
        {
            return null;
        }

        return ranked[0].Candidate;
    }

    private static string Normalize(string name) =>
        name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Levenshtein distance, with one row of the table kept at a time.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
