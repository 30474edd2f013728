namespace Pathlight.Opportunities;

/// <summary>How many customers the journey and each of its touchpoints reached, as the store counts them.</summary>
/// <param name="Customers">The journey's distinct customers: any interaction, response or case under the filter.</param>
/// <param name="Touchpoints">Per touchpoint id, the distinct customers with an interaction or a response there.</param>
public sealed record OpportunityReach(long Customers, IReadOnlyDictionary<string, long> Touchpoints)
{
    /// <summary>Customers who passed <paramref name="touchpointId"/>, 0 when none did.</summary>
    public long Of(string touchpointId) => Touchpoints.TryGetValue(touchpointId, out var n) ? n : 0;
}
