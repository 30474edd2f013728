namespace Pathlight.Import;

/// <summary>
/// One record read from an input (a CSV row, an NDJSON line, a JSON array item, a generated demo row):
/// column names with their raw text values, or, when it could not be read at all, the reason why.
/// </summary>
/// <param name="Line">1-based line in the input where the record starts.</param>
/// <param name="Columns">Column names, parallel to <paramref name="Values"/>.</param>
/// <param name="Values">Raw values; null or empty means not answered.</param>
/// <param name="Raw">The record's text as it appeared in the input, for the rejects file.</param>
/// <param name="Error">Why the record could not be read (malformed quoting, invalid UTF-8...), or null.</param>
public sealed record SourceRecord(
    long Line,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string?> Values,
    string Raw,
    string? Error = null);
