using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Pathlight.Import;

/// <summary>
/// A JSON document holding one array of objects, streamed: a <see cref="Utf8JsonReader"/> resumes over a
/// buffer that keeps only the item being read, so memory stays flat however long the array is.
/// </summary>
internal sealed class JsonArraySourceReader : SourceReader
{
    internal const int MaxItemBytes = 4 * 1024 * 1024;

    private readonly InputBuffer _buffer;
    private long _line = 1;
    private JsonReaderState _state;
    private bool _closed;
    private bool _done;

    public JsonArraySourceReader(Stream stream, bool leaveOpen)
        : base(stream, leaveOpen)
    {
        _buffer = new InputBuffer(stream);
        ReadOpeningBracket();
    }

    /// <summary>The largest the read buffer has grown, for tests of flat memory.</summary>
    internal int BufferBytes => _buffer.Capacity;

    public override IEnumerable<SourceRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        string[]? columns = null;
        while (!_done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (NextItem(ref columns) is { } record)
            {
                yield return record;
            }
        }
    }

    private void ReadOpeningBracket()
    {
        _buffer.Fill();
        while (!_buffer.Eof && _buffer.Pending.Length < 3)
        {
            _buffer.Fill();
        }

        if (_buffer.Pending.StartsWith("\uFEFF"u8))
        {
            _buffer.Consume(3);
        }

        while (true)
        {
            if (_buffer.Eof && _buffer.Pending.IndexOfAnyExcept(" \t\r\n"u8) < 0)
            {
                throw new PathlightException("the file is empty; a JSON file must hold an array of objects");
            }

            var reader = new Utf8JsonReader(_buffer.Pending, _buffer.Eof, _state);
            try
            {
                if (reader.Read())
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new PathlightException(
                            "a JSON file must hold an array of objects ([{...}, {...}]); this one starts with " +
                            (reader.TokenType == JsonTokenType.StartObject
                                ? "an object (for one object per line, use the ndjson format)"
                                : $"a {reader.TokenType.ToString().ToLowerInvariant()}"));
                    }

                    Advance((int)reader.BytesConsumed, reader.CurrentState);
                    return;
                }
            }
            catch (JsonException e)
            {
                throw new PathlightException($"the file is not valid JSON: {JsonObjectRecord.JsonMessage(e)}", e);
            }

            if (_buffer.Eof)
            {
                throw new PathlightException("the file is not valid JSON: it ends before its first value is complete");
            }

            _buffer.Fill();
        }
    }

    private SourceRecord? NextItem(ref string[]? columns)
    {
        if (_closed)
        {
            return AfterArray();
        }

        var reader = new Utf8JsonReader(_buffer.Pending, _buffer.Eof, _state);
        var itemLine = 0L;
        try
        {
            if (!reader.Read())
            {
                return More("the array is never closed", _line);
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                _closed = true;
                Advance((int)reader.BytesConsumed, reader.CurrentState);
                return null;
            }

            var itemStart = (int)reader.TokenStartIndex;
            itemLine = _line + _buffer.Pending[..itemStart].Count((byte)'\n');
            if (!reader.TrySkip())
            {
                return More("the array is never closed", itemLine);
            }

            ReadOnlySpan<byte> item = _buffer.Pending[itemStart..(int)reader.BytesConsumed];
            var record = reader.TokenType != JsonTokenType.EndObject
                ? new SourceRecord(itemLine, [], [], Encoding.UTF8.GetString(item), "the item is not a JSON object")
                : Utf8.IsValid(item)
                    ? JsonObjectRecord.Read(item, itemLine, "item", ref columns)
                    : new SourceRecord(itemLine, [], [], Encoding.UTF8.GetString(item), "the item is not valid UTF-8");
            Advance((int)reader.BytesConsumed, reader.CurrentState);
            return record;
        }
        catch (JsonException e)
        {
            _done = true;
            var line = itemLine > 0 ? itemLine : (e.LineNumber ?? 0) + 1;
            return new SourceRecord(line, [], [], "",
                $"the rest of the file could not be read: {JsonObjectRecord.JsonMessage(e)} (line {(e.LineNumber ?? 0) + 1})");
        }
    }

    /// <summary>Reads more input for an incomplete item, or, at the end of the input, reports it.</summary>
    private SourceRecord? More(string atEnd, long line)
    {
        if (_buffer.Eof)
        {
            _done = true;
            return new SourceRecord(line, [], [], "", $"the rest of the file could not be read: {atEnd}");
        }

        if (_buffer.Pending.Length >= MaxItemBytes)
        {
            _done = true;
            return new SourceRecord(line, [], [], "",
                $"the rest of the file could not be read: an item is longer than {MaxItemBytes / (1024 * 1024)} MB");
        }

        _buffer.Fill();
        return null;
    }

    private SourceRecord? AfterArray()
    {
        var rest = _buffer.Pending;
        var text = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (text >= 0)
        {
            _done = true;
            return new SourceRecord(_line + rest[..text].Count((byte)'\n'), [], [], "",
                "the rest of the file could not be read: there is text after the end of the array");
        }

        Advance(rest.Length, _state);
        if (_buffer.Eof)
        {
            _done = true;
        }
        else
        {
            _buffer.Fill();
        }

        return null;
    }

    private void Advance(int consumed, JsonReaderState state)
    {
        _line += _buffer.Pending[..consumed].Count((byte)'\n');
        _buffer.Consume(consumed);
        _state = state;
    }
}
