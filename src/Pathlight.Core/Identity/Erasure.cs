namespace Pathlight.Identity;

/// <summary>
/// The record an erasure leaves: when, and how much was removed, without anything that identifies the customer.
/// </summary>
/// <param name="Id">The erasure's id, to quote to the person who asked.</param>
/// <param name="At">When it was done (UTC).</param>
/// <param name="Removed">What was removed.</param>
public sealed record Erasure(string Id, DateTime At, RemovalCounts Removed);
