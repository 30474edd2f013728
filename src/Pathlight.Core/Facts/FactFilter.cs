namespace Pathlight.Facts;

/// <summary>Which facts a report covers: a time window and attribute conditions that must all hold.</summary>
/// <param name="From">Inclusive lower bound (UTC), or null for no bound.</param>
/// <param name="To">Exclusive upper bound (UTC), or null for no bound.</param>
/// <param name="Where">Attribute name = value conditions, all of which must hold.</param>
public sealed record FactFilter(DateTime? From, DateTime? To, IReadOnlyList<KeyValuePair<string, string>> Where)
{
    /// <summary>Everything.</summary>
    public static FactFilter All { get; } = new(null, null, []);

    /// <summary>
    /// Reads command-line or query-string filters: <c>--from</c>/<c>--to</c> as a date (<c>yyyy-MM-dd</c>, where
    /// <c>--to</c> includes that whole day) or an ISO 8601 timestamp, and <c>attribute=value</c> conditions.
    /// </summary>
    /// <exception cref="PathlightException">A bound or condition that cannot be read, or from after to.</exception>
    public static FactFilter Parse(string? from, string? to, IEnumerable<string>? where)
    {
        var lower = from is null ? (DateTime?)null : ParseBound(from, "--from", endOfDay: false);
        var upper = to is null ? (DateTime?)null : ParseBound(to, "--to", endOfDay: true);
        if (lower is { } l && upper is { } u && l >= u)
        {
            throw new PathlightException($"--from ({from}) must be before --to ({to}).");
        }

        var conditions = new List<KeyValuePair<string, string>>();
        foreach (var condition in where ?? [])
        {
            var at = condition.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == condition.Length - 1)
            {
                throw new PathlightException($"--where '{condition}' must look like attribute=value, e.g. region=north.");
            }

            conditions.Add(new(condition[..at].Trim().ToLowerInvariant(), condition[(at + 1)..].Trim()));
        }

        return new FactFilter(lower, upper, conditions);
    }

    private static DateTime ParseBound(string text, string option, bool endOfDay)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
        {
            var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return endOfDay ? midnight.AddDays(1) : midnight;
        }

        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment.UtcDateTime;
        }

        throw new PathlightException($"{option} '{text}' is not a date (2026-03-31) or a timestamp (2026-03-31T12:00:00Z).");
    }
}
