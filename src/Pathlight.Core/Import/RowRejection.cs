namespace Pathlight.Import;

/// <summary>A row that was not imported: where it was, why, and its text as read.</summary>
/// <param name="Line">1-based line in the input where the row starts.</param>
/// <param name="Reason">Plain reason naming the column and the problem.</param>
/// <param name="Raw">The row's text, for the rejects file.</param>
public sealed record RowRejection(long Line, string Reason, string Raw);
