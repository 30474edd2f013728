namespace Pathlight;

/// <summary>
/// The store is there but cannot be used right now, typically because another process holds its write lock;
/// trying again later may succeed. The server answers 503 with Retry-After.
/// </summary>
public sealed class StoreUnavailableException : PathlightException
{
    /// <summary>Creates the exception with the reason the user will read.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the underlying cause.</summary>
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a reason; prefer the overloads that give one.</summary>
    public StoreUnavailableException()
    {
    }
}
