namespace Pathlight.Journeys;

/// <summary>One problem found in a journey file, with the position of the offending node.</summary>
/// <param name="File">The file name as given to the loader.</param>
/// <param name="Line">1-based line, or 0 when the problem is with the file as a whole (not found, not readable).</param>
/// <param name="Column">1-based column, or 0 when <paramref name="Line"/> is 0.</param>
/// <param name="Reason">A plain reason a CX analyst can act on.</param>
public sealed record JourneyFileError(string File, int Line, int Column, string Reason)
{
    /// <summary><c>file:line:column: reason</c>, or <c>file: reason</c> for a problem with the whole file.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Reason}" : $"{File}: {Reason}";
}
