namespace Pathlight.Paths;

/// <summary>What a path did against the planned order; several can hold at once.</summary>
/// <param name="Detour">It moved back at least once to a touchpoint earlier in the planned order.</param>
/// <param name="Support">It entered a support touchpoint or the synthetic support node.</param>
/// <param name="DropOff">It never reached a goal touchpoint.</param>
public sealed record PathVerdict(bool Detour, bool Support, bool DropOff)
{
    /// <summary>The one class the path is counted in: support, else detour, else drop-off, else planned.</summary>
    public PathClass Class => Support ? PathClass.SupportDetour
        : Detour ? PathClass.Detour
        : DropOff ? PathClass.DropOff
        : PathClass.Planned;

    /// <summary>Whether the path followed the planned order to a goal with no detour and no support.</summary>
    public bool Planned => !Detour && !Support && !DropOff;
}
