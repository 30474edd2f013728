namespace Pathlight.Metrics;

/// <summary>A traffic light comparing a result with what was expected or targeted.</summary>
public enum Light
{
    /// <summary>Met or exceeded.</summary>
    Green,

    /// <summary>Slightly below.</summary>
    Yellow,

    /// <summary>Clearly below.</summary>
    Red,

    /// <summary>Too little data to say.</summary>
    Grey,
}
