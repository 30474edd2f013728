namespace Pathlight.Metrics;

/// <summary>Period arithmetic for trends, matching the store's <c>date_trunc</c> on UTC timestamps.</summary>
public static class TrendPeriods
{
    /// <summary>Spans up to this many days are shown by week; longer ones by month.</summary>
    public const int MaxDaysByWeek = 183;

    /// <summary>The start of the period holding <paramref name="at"/>: its Monday or the first of its month, 00:00 UTC.</summary>
    /// <param name="at">An instant; unspecified kinds are taken as UTC, local ones converted.</param>
    /// <param name="period">Week or month.</param>
    public static DateTime StartOf(DateTime at, TrendPeriod period)
    {
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc);
        var day = utc.Date;
        return period switch
        {
            TrendPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            TrendPeriod.Month => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
        };
    }

    /// <summary>The start of the period after the one starting at <paramref name="start"/>.</summary>
    /// <param name="start">A period start as <see cref="StartOf"/> returns it.</param>
    /// <param name="period">Week or month.</param>
    public static DateTime Next(DateTime start, TrendPeriod period) => period switch
    {
        TrendPeriod.Week => start.AddDays(7),
        TrendPeriod.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>
    /// Every period start from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>,
    /// so periods without data still appear (as gaps) on a trend.
    /// </summary>
    /// <param name="first">The earliest instant covered.</param>
    /// <param name="last">The latest instant covered; before <paramref name="first"/> gives no periods.</param>
    /// <param name="period">Week or month.</param>
    public static IReadOnlyList<DateTime> Between(DateTime first, DateTime last, TrendPeriod period)
    {
        var starts = new List<DateTime>();
        if (last < first) return starts;

        var end = StartOf(last, period);
        for (var start = StartOf(first, period); start <= end; start = Next(start, period))
        {
            starts.Add(start);
        }

        return starts;
    }

    /// <summary>Weeks for spans up to <see cref="MaxDaysByWeek"/> days (about six months), months beyond.</summary>
    /// <param name="first">The earliest instant covered.</param>
    /// <param name="last">The latest instant covered.</param>
    public static TrendPeriod Choose(DateTime first, DateTime last) =>
        (last - first).TotalDays <= MaxDaysByWeek ? TrendPeriod.Week : TrendPeriod.Month;
}
