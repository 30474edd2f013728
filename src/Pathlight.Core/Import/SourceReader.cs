namespace Pathlight.Import;

/// <summary>
/// Reads an input file record by record with flat memory, whatever the file's size. A record that cannot be
/// read comes back with <see cref="SourceRecord.Error"/> set and reading goes on; a problem with the file as a
/// whole (an empty file, a bad CSV header, a JSON document that is not an array) throws a
/// <see cref="PathlightException"/> before any record is returned.
/// </summary>
public abstract class SourceReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;

    private protected SourceReader(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <summary>
    /// The columns every record shares, known before the first record (the CSV header, trimmed and
    /// lower-cased), or null when each record names its own (NDJSON, JSON).
    /// </summary>
    public virtual IReadOnlyList<string>? Columns => null;

    /// <summary>Opens a file, taking its format from the extension unless one is given.</summary>
    /// <exception cref="PathlightException">
    /// The file cannot be opened, its format is unknown, or it is unreadable as a whole.
    /// </exception>
    public static SourceReader Open(string path, ImportFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var resolved = format ?? ImportFormats.FromPath(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PathlightException($"{path}: cannot be read: {e.Message}", e);
        }

        try
        {
            return Open(stream, resolved);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads a stream of UTF-8 text in the given format. A seekable stream lets the CSV reader carry on after
    /// a quoted field that is never closed; other streams end there.
    /// </summary>
    /// <exception cref="PathlightException">The input is unreadable as a whole.</exception>
    public static SourceReader Open(Stream stream, ImportFormat format, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format switch
        {
            ImportFormat.Csv => new CsvSourceReader(stream, leaveOpen),
            ImportFormat.Ndjson => new NdjsonSourceReader(stream, leaveOpen),
            ImportFormat.Json => new JsonArraySourceReader(stream, leaveOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown import format"),
        };
    }

    /// <summary>
    /// The records in input order, each with the 1-based line where it starts. Enumerate once; the records
    /// are read as they are asked for.
    /// </summary>
    /// <exception cref="PathlightException">The input is unreadable as a whole.</exception>
    public abstract IEnumerable<SourceRecord> ReadRecords(CancellationToken cancellationToken = default);

    /// <summary>Closes the input, unless the reader was opened with leaveOpen.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the reader holds; the base closes the input stream.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
