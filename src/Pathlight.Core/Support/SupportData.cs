namespace Pathlight.Support;

/// <summary>The support counts of a journey under a filter, as the store returns them.</summary>
public sealed class SupportData
{
    /// <summary>Counts per causing touchpoint id, for every touchpoint with cases or interactions in the filter.</summary>
    public Dictionary<string, SupportCounts> Touchpoints { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts of the cases that name no causing touchpoint, when there are any.</summary>
    public SupportCounts? Unattributed { get; set; }

    /// <summary>The same counts over all cases, all interactions and all customers.</summary>
    public SupportCounts Overall { get; set; } = new();

    /// <summary>The latest timestamp of any of the journey's facts: how far the data reaches, for the churn window.</summary>
    public DateTime? ObservedUntil { get; set; }
}
