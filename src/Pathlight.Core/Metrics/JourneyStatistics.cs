namespace Pathlight.Metrics;

/// <summary>The sufficient statistics of one journey under one filter, as the store returns them.</summary>
public sealed class JourneyStatistics
{
    /// <summary>Response statistics per touchpoint id (touchpoints without responses may be absent).</summary>
    public Dictionary<string, ResponseStatistics> Responses { get; } = new(StringComparer.Ordinal);

    /// <summary>Statistics of relationship responses (those with no touchpoint).</summary>
    public ResponseStatistics Relationship { get; } = new();

    /// <summary>Interaction statistics per touchpoint id (touchpoints without interactions may be absent).</summary>
    public Dictionary<string, InteractionStatistics> Interactions { get; } = new(StringComparer.Ordinal);

    /// <summary>The response statistics of a touchpoint, empty when it has none.</summary>
    public ResponseStatistics ResponsesOf(string touchpointId) =>
        Responses.TryGetValue(touchpointId, out var s) ? s : new ResponseStatistics();

    /// <summary>The interaction statistics of a touchpoint, empty when it has none.</summary>
    public InteractionStatistics InteractionsOf(string touchpointId) =>
        Interactions.TryGetValue(touchpointId, out var s) ? s : new InteractionStatistics();
}
