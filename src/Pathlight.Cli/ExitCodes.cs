namespace Pathlight.Cli;

/// <summary>The exit codes every command uses.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    /// <summary>A failure; nothing was written (or, for an import, nothing after the last committed batch).</summary>
    internal const int Failure = 1;

    /// <summary>The command line was wrong: unknown option, missing argument, unreadable value.</summary>
    internal const int Usage = 2;

    /// <summary>An import kept its good rows but rejected some.</summary>
    internal const int SomeRowsRejected = 3;
}
