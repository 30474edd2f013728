namespace Pathlight.Tests.Server.Dashboard;

/// <summary>What a touchpoint card on the journey map says, read from its data attributes.</summary>
public sealed record MapCard(string Id, string Light, bool Wow, bool Uncertain, long N, bool Unintentional);
