namespace Pathlight.Drivers;

/// <summary>A touchpoint left out of the model, with the reason.</summary>
/// <param name="TouchpointId">The touchpoint.</param>
/// <param name="Name">The touchpoint's name.</param>
/// <param name="N">Customers with both a score there and an outcome.</param>
/// <param name="Reason">Why it is left out, in words.</param>
public sealed record ExcludedDriver(string TouchpointId, string Name, long N, string Reason);
