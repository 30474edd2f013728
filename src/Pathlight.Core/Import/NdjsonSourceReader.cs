using System.Text;
using System.Text.Unicode;

namespace Pathlight.Import;

/// <summary>Newline-delimited JSON: one object per line, blank lines skipped, read through one reused buffer.</summary>
internal sealed class NdjsonSourceReader : SourceReader
{
    internal const int MaxLineBytes = 4 * 1024 * 1024;

    private readonly InputBuffer _buffer;

    public NdjsonSourceReader(Stream stream, bool leaveOpen)
        : base(stream, leaveOpen)
    {
        _buffer = new InputBuffer(stream);
    }

    /// <summary>The largest the read buffer has grown, for tests of flat memory.</summary>
    internal int BufferBytes => _buffer.Capacity;

    public override IEnumerable<SourceRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        string[]? columns = null;
        long line = 0;
        var skipping = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = _buffer.Pending.IndexOf((byte)'\n');
            if (newline < 0 && !_buffer.Eof)
            {
                if (_buffer.Pending.Length >= MaxLineBytes)
                {
                    if (!skipping)
                    {
                        skipping = true;
                        yield return new SourceRecord(line + 1, [], [], "",
                            $"the line is longer than {MaxLineBytes / (1024 * 1024)} MB");
                    }

                    _buffer.Consume(_buffer.Pending.Length);
                }

                _buffer.Fill();
                continue;
            }

            if (newline < 0 && _buffer.Pending.IsEmpty)
            {
                yield break;
            }

            var length = newline < 0 ? _buffer.Pending.Length : newline;
            line++;
            var record = skipping ? null : Line(_buffer.Start, length, line, ref columns);
            _buffer.Consume(newline < 0 ? length : length + 1);
            skipping = false;
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    private SourceRecord? Line(int start, int length, long line, ref string[]? columns)
    {
        ReadOnlySpan<byte> bytes = _buffer.Slice(start, length);
        if (line == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.EndsWith((byte)'\r'))
        {
            bytes = bytes[..^1];
        }

        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        if (!Utf8.IsValid(bytes))
        {
            return new SourceRecord(line, [], [], Encoding.UTF8.GetString(bytes), "the line is not valid UTF-8");
        }

        return JsonObjectRecord.Read(bytes, line, "line", ref columns);
    }
}
