namespace Pathlight.Import;

/// <summary>What happened to one posted item.</summary>
public enum ItemStatus
{
    /// <summary>Stored as a new fact.</summary>
    Accepted,

    /// <summary>Its id was already stored (or came earlier in the same request); nothing changed.</summary>
    Duplicate,

    /// <summary>Not stored; the reason says why.</summary>
    Rejected,
}
