using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace Pathlight.Import;

/// <summary>
/// RFC 4180 CSV with a header row. CsvHelper hands over each record's raw UTF-8 bytes, so invalid UTF-8 is
/// found exactly, per record, without decoding. A quoted field that is never closed would swallow the rest of
/// the file; on a seekable stream reading starts again on the line after the one where it opened.
/// </summary>
internal sealed class CsvSourceReader : SourceReader
{
    internal const int MaxRecordBytes = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly long _origin;
    private readonly string[] _columns;
    private CsvReader? _reader;
    private CsvMalformedRecord? _malformed;
    private long _lineBase;
    private long _byteBase;

    public CsvSourceReader(Stream stream, bool leaveOpen)
        : base(stream, leaveOpen)
    {
        _stream = stream;
        _origin = stream.CanSeek ? stream.Position : 0;
        _reader = CsvReader.Create(stream, Options(hasHeader: true), leaveOpen: true);
        try
        {
            _columns = CsvHeader.Check(_reader.Headers);
        }
        catch (CsvFormatException e)
        {
            _reader.Dispose();
            throw new PathlightException($"the header row cannot be read: {e.Message}", e);
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
    }

    public override IReadOnlyList<string> Columns => _columns;

    public override IEnumerable<SourceRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        while (Next() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader?.Dispose();
            _reader = null;
        }

        base.Dispose(disposing);
    }

    private SourceRecord? Next()
    {
        if (_reader is not { } reader)
        {
            return null;
        }

        try
        {
            if (!reader.Read())
            {
                return null;
            }
        }
        catch (CsvFormatException e) when (e.LineNumber > 0)
        {
            var tooLong = $"the record is longer than {MaxRecordBytes / (1024 * 1024)} MB, " +
                "most likely because a quoted field is never closed";
            return Restart(_lineBase + e.LineNumber, _byteBase + e.ByteOffset, tooLong, "");
        }

        var line = _lineBase + reader.LineNumber;
        var raw = reader.RawRecord;
        CsvMalformedRecord? malformed = _malformed is { } m && m.LineNumber == reader.LineNumber ? m : null;
        _malformed = null;

        if (malformed?.Reason == CsvMalformedReason.UnterminatedQuote)
        {
            var firstLine = raw.IndexOfAny((byte)'\r', (byte)'\n') is var end and >= 0 ? raw[..end] : raw;
            return Restart(line, _byteBase + reader.ByteOffset, "a quoted field is never closed", Text(firstLine));
        }

        if (!Utf8.IsValid(raw))
        {
            return Rejected(line, Text(raw), "the record is not valid UTF-8");
        }

        if (malformed is not null)
        {
            return Rejected(line, Text(raw), Describe(malformed.Value.Reason));
        }

        if (reader.FieldCount != _columns.Length)
        {
            return Rejected(line, Text(raw),
                $"the record has {reader.FieldCount} field{(reader.FieldCount == 1 ? "" : "s")} but the header has {_columns.Length} columns");
        }

        var values = new string?[_columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.GetString(i);
        }

        return new SourceRecord(line, _columns, values, Text(raw));
    }

    private SourceRecord Restart(long line, long byteOffset, string reason, string raw)
    {
        _reader?.Dispose();
        _reader = null;
        _malformed = null;
        if (!_stream.CanSeek)
        {
            return Rejected(line, raw, reason + "; the rest of the file could not be read");
        }

        _stream.Position = _origin + byteOffset;
        var firstLine = ReadLine(out var consumed);
        _byteBase = byteOffset + consumed;
        _lineBase = line;
        _reader = CsvReader.Create(_stream, Options(hasHeader: false), leaveOpen: true);
        return Rejected(line, raw.Length > 0 ? raw : firstLine, reason + "; reading went on with the next line");
    }

    private string ReadLine(out long consumed)
    {
        var bytes = new List<byte>();
        consumed = 0;
        int b;
        while ((b = _stream.ReadByte()) >= 0)
        {
            consumed++;
            if (b == '\n')
            {
                break;
            }

            if (bytes.Count < 4096)
            {
                bytes.Add((byte)b);
            }
        }

        return Text(bytes.ToArray().AsSpan().TrimEnd((byte)'\r'));
    }

    private CsvReaderOptions Options(bool hasHeader) => new()
    {
        Separator = ',',
        HasHeader = hasHeader,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
        TrimWhitespace = false,
        MaxRecordSize = MaxRecordBytes,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        OnMalformedRecord = record => _malformed = record,
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote =>
            "malformed quoting: a quote inside an unquoted field (quote the whole field and double the quote: \"say \"\"hi\"\"\")",
        CsvMalformedReason.TextAfterClosingQuote => "malformed quoting: text after the closing quote of a quoted field",
        _ => $"malformed record ({reason})",
    };

    private SourceRecord Rejected(long line, string raw, string reason) => new(line, _columns, [], raw, reason);

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
