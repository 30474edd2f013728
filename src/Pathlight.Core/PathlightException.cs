namespace Pathlight;

/// <summary>
/// A user-facing error with a plain reason: bad input, a bad journey file, a missing journey. The CLI prints
/// its message without a stack trace; the server maps it to a 4xx problem response.
/// </summary>
public class PathlightException : Exception
{
    /// <summary>Creates the exception with the reason the user will read.</summary>
    public PathlightException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason the user will read and the underlying cause.</summary>
    public PathlightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a reason; prefer the overloads that give one.</summary>
    public PathlightException()
    {
    }
}
