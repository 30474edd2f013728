namespace Pathlight.Paths;

/// <summary>
/// How a customer's path compares with the planned order, one class per customer. When several apply, the first
/// listed here after <see cref="Planned"/> wins: support, then detour, then drop-off.
/// </summary>
public enum PathClass
{
    /// <summary>Only forward moves (skipping allowed, repeats allowed), no support, and the goal reached.</summary>
    Planned,

    /// <summary>Entered a support touchpoint (or had a case, when the journey has no support touchpoint).</summary>
    SupportDetour,

    /// <summary>Moved back to a touchpoint earlier in the planned order, without support.</summary>
    Detour,

    /// <summary>Never reached a goal touchpoint, without support or a backward move.</summary>
    DropOff,
}
