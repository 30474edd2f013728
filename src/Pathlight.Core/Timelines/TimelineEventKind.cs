namespace Pathlight.Timelines;

/// <summary>What happened at a point of a customer's timeline.</summary>
public enum TimelineEventKind
{
    /// <summary>An interaction at a touchpoint.</summary>
    Interaction,

    /// <summary>A survey response, about a touchpoint or the relationship.</summary>
    Response,

    /// <summary>A support case was opened.</summary>
    CaseOpened,

    /// <summary>A support case was resolved.</summary>
    CaseResolved,

    /// <summary>An outcome: churned, repeat purchase, renewal...</summary>
    Outcome,
}
