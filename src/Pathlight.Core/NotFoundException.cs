namespace Pathlight;

/// <summary>Something asked for by id does not exist (a journey, a touchpoint); the server answers 404.</summary>
public sealed class NotFoundException : PathlightException
{
    /// <summary>Creates the exception with the reason the user will read.</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the underlying cause.</summary>
    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a reason; prefer the overloads that give one.</summary>
    public NotFoundException()
    {
    }
}
