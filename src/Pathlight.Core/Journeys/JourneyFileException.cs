namespace Pathlight.Journeys;

/// <summary>
/// A journey file was rejected. Carries every problem found, each with its position; the message lists them
/// one per line as <c>file:line:column: reason</c>.
/// </summary>
public sealed class JourneyFileException : PathlightException
{
    /// <summary>Creates the exception from the problems found; the loader passes them in file order.</summary>
    public JourneyFileException(IReadOnlyList<JourneyFileError> errors)
        : base(string.Join('\n', errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a reason only; prefer the overload that carries the errors.</summary>
    public JourneyFileException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a reason and its cause; prefer the overload that carries the errors.</summary>
    public JourneyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception without a reason; prefer the overload that carries the errors.</summary>
    public JourneyFileException()
    {
        Errors = [];
    }

    /// <summary>Every problem found; empty only when created from a bare message.</summary>
    public IReadOnlyList<JourneyFileError> Errors { get; }
}
