using System.Globalization;

namespace Pathlight.Webhooks;

/// <summary>
/// How long to wait before each retry of a failed delivery. A delivery gets one attempt plus one retry per
/// delay; when the last retry fails too it is marked failed.
/// </summary>
/// <param name="Delays">The wait after the first failed attempt, after the second, and so on.</param>
public sealed record RetrySchedule(IReadOnlyList<TimeSpan> Delays)
{
    /// <summary>10 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h, 24 h: ten attempts over about two days.</summary>
    public static RetrySchedule Default { get; } = Parse("10s,30s,2m,10m,1h,3h,6h,12h,24h");

    /// <summary>The attempts a delivery gets in all.</summary>
    public int MaxAttempts => Delays.Count + 1;

    /// <summary>The wait after the attempt numbered <paramref name="attempts"/> (1 for the first) failed, or null when none is left.</summary>
    public TimeSpan? DelayAfter(int attempts) => attempts >= 1 && attempts <= Delays.Count ? Delays[attempts - 1] : null;

    /// <summary>Reads a comma-separated list of waits, each a number with a unit: <c>500ms</c>, <c>10s</c>, <c>2m</c>, <c>1h</c>, <c>1d</c>.</summary>
    /// <exception cref="PathlightException">A wait that cannot be read.</exception>
    public static RetrySchedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var delays = new List<TimeSpan>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var unit = part.EndsWith("ms", StringComparison.Ordinal) ? "ms" : part[^1..];
            var number = part[..^unit.Length];
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                throw new PathlightException($"Retry delay '{part}' is not a number with a unit (500ms, 10s, 2m, 1h, 1d).");
            }

            delays.Add(unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(value),
                "s" => TimeSpan.FromSeconds(value),
                "m" => TimeSpan.FromMinutes(value),
                "h" => TimeSpan.FromHours(value),
                "d" => TimeSpan.FromDays(value),
                _ => throw new PathlightException($"Retry delay '{part}' has no unit (500ms, 10s, 2m, 1h, 1d)."),
            });
        }

        return new RetrySchedule(delays);
    }
}
