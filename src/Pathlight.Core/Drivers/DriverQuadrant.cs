namespace Pathlight.Drivers;

/// <summary>Where a driver falls on the importance × performance grid.</summary>
public enum DriverQuadrant
{
    /// <summary>Important and performing below the others: improve it first.</summary>
    FixFirst,

    /// <summary>Important and performing well: keep it up.</summary>
    KeepUp,

    /// <summary>Less important but performing well: effort here may exceed what it returns.</summary>
    PossibleOverkill,

    /// <summary>Less important and performing below the others: lower priority.</summary>
    LowPriority,
}
