using System.Text;
using System.Text.Unicode;

namespace Pathlight.Import;

/// <summary>Newline-delimited JSON: one object per line, blank lines skipped, read through one reused buffer.</summary>
internal sealed class NdjsonSourceReader : SourceReader
{
    internal const int MaxLineBytes = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public NdjsonSourceReader(Stream stream, bool leaveOpen)
        : base(stream, leaveOpen)
    {
        _stream = stream;
    }

    /// <summary>The largest the read buffer has grown, for tests of flat memory.</summary>
    internal int BufferBytes => _buffer.Length;

    public override IEnumerable<SourceRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        string[]? columns = null;
        long line = 0;
        var skipping = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0 && !_eof)
            {
                if (_end - _start >= MaxLineBytes)
                {
                    if (!skipping)
                    {
                        skipping = true;
                        yield return new SourceRecord(line + 1, [], [], "",
                            $"the line is longer than {MaxLineBytes / (1024 * 1024)} MB");
                    }

                    _start = _end;
                }

                Fill();
                continue;
            }

            if (newline < 0 && _start == _end)
            {
                yield break;
            }

            var length = newline < 0 ? _end - _start : newline;
            line++;
            var record = skipping ? null : Line(_start, length, line, ref columns);
            _start += newline < 0 ? length : length + 1;
            skipping = false;
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    private SourceRecord? Line(int start, int length, long line, ref string[]? columns)
    {
        var bytes = _buffer.AsSpan(start, length);
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

    private void Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _eof = read == 0;
    }
}
