namespace Pathlight.Cli;

/// <summary>A mistake in the command line itself; reported without a stack trace and exit code 2.</summary>
internal sealed class UsageException(string message) : PathlightException(message);
