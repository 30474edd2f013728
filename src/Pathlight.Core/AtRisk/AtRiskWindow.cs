using System.Globalization;
using Pathlight.Facts;

namespace Pathlight.AtRisk;

/// <summary>
/// The moment an at-risk list is drawn up for and the window before it: a fact counts when
/// <see cref="From"/> ≤ its time ≤ <see cref="AsOf"/>, both ends included.
/// </summary>
/// <param name="AsOf">The moment (UTC).</param>
/// <param name="Days">How many days the window reaches back.</param>
/// <param name="Source">Where <paramref name="AsOf"/> came from.</param>
public sealed record AtRiskWindow(DateTime AsOf, int Days, AsOfSource Source)
{
    /// <summary>The window looked back over unless told otherwise.</summary>
    public const int DefaultDays = 30;

    /// <summary>The longest window accepted (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>The start of the window (UTC), included.</summary>
    public DateTime From => AsOf.AddDays(-Days);

    /// <summary>Whether a time falls in the window.</summary>
    public bool Contains(DateTime at) => at >= From && at <= AsOf;

    /// <summary>The facts of the window as a filter; its upper bound is exclusive, so it lies one microsecond after the as-of time.</summary>
    public FactFilter Filter => new(From, AsOf.AddMicroseconds(1), []);

    /// <summary>
    /// Reads <c>--as-of</c>: null for the default (the caller then uses the latest contact), <c>now</c> for
    /// <paramref name="now"/>, a date (<c>2026-04-05</c>, meaning the end of that day, its last microsecond)
    /// or an ISO 8601 timestamp (UTC unless an offset is given).
    /// </summary>
    /// <returns>The time and its source, or null when <paramref name="text"/> is null or blank.</returns>
    /// <exception cref="PathlightException">Text that is none of these.</exception>
    public static (DateTime AsOf, AsOfSource Source)? ParseAsOf(string? text, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return (now, AsOfSource.Now);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMicroseconds(-1), AsOfSource.Given);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return (moment.UtcDateTime, AsOfSource.Given);
        }

        throw new PathlightException($"--as-of '{text}' is not `now`, a date (2026-04-05) or a timestamp (2026-04-05T12:00:00Z).");
    }

    /// <summary>Checks a window length.</summary>
    /// <exception cref="PathlightException">Fewer than one day or more than <see cref="MaxDays"/>.</exception>
    public static int CheckDays(int days) => days is >= 1 and <= MaxDays
        ? days
        : throw new PathlightException($"--days must be between 1 and {MaxDays}; {days} is not.");
}
