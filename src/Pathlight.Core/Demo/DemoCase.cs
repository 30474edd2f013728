namespace Pathlight.Demo;

/// <summary>A support case and the visit whose failure caused it.</summary>
internal sealed record DemoCase(
    string CauseTouchpointId,
    string Channel,
    string Category,
    DateTime Opened,
    DateTime? Resolved,
    int Contacts,
    bool FirstContactResolution,
    bool Reopened);
