namespace Pathlight.Metrics;

/// <summary>The length of the periods a trend is cut into.</summary>
public enum TrendPeriod
{
    /// <summary>ISO weeks, Monday 00:00 UTC to the next Monday.</summary>
    Week,

    /// <summary>Calendar months, from the first of the month 00:00 UTC.</summary>
    Month,
}
