namespace Pathlight.Journeys;

/// <summary>How a KPI summarises its measure.</summary>
public enum KpiKind
{
    /// <summary>Percentage of interactions whose success is true.</summary>
    Rate,

    /// <summary>Arithmetic mean of the measure.</summary>
    Mean,

    /// <summary>Median of the measure.</summary>
    Median,
}
