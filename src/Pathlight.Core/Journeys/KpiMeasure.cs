namespace Pathlight.Journeys;

/// <summary>The interaction field a KPI is computed from.</summary>
public enum KpiMeasure
{
    /// <summary>The success flag (for rates).</summary>
    Success,

    /// <summary>Duration in seconds (handle time, wait time).</summary>
    DurationSeconds,

    /// <summary>Value or revenue.</summary>
    Value,
}
