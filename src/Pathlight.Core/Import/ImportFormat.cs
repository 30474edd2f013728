namespace Pathlight.Import;

/// <summary>The file formats facts can be imported from.</summary>
public enum ImportFormat
{
    /// <summary>RFC 4180 CSV: comma separated, a header row naming the columns, UTF-8.</summary>
    Csv,

    /// <summary>Newline-delimited JSON: one object per line (also called JSON Lines).</summary>
    Ndjson,

    /// <summary>A JSON document holding one array of objects.</summary>
    Json,
}
