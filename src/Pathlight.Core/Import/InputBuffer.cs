namespace Pathlight.Import;

/// <summary>
/// A read buffer over a stream that keeps only the bytes not yet consumed, growing only when one record
/// does not fit, so memory stays flat however large the input is.
/// </summary>
internal sealed class InputBuffer(Stream stream)
{
    private byte[] _bytes = new byte[64 * 1024];

    /// <summary>Where the unconsumed bytes start.</summary>
    public int Start { get; private set; }

    /// <summary>Where the bytes read so far end.</summary>
    public int End { get; private set; }

    /// <summary>Whether the stream has no more bytes.</summary>
    public bool Eof { get; private set; }

    /// <summary>The buffer's current size, for tests of flat memory.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>The bytes read but not consumed yet.</summary>
    public Span<byte> Pending => _bytes.AsSpan(Start, End - Start);

    public Span<byte> Slice(int start, int length) => _bytes.AsSpan(start, length);

    public void Consume(int count) => Start += count;

    /// <summary>Moves the pending bytes to the front, doubles the buffer when they fill it, and reads more.</summary>
    public void Fill()
    {
        var pending = End - Start;
        if (Start > 0)
        {
            _bytes.AsSpan(Start, pending).CopyTo(_bytes);
            Start = 0;
            End = pending;
        }

        if (End == _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        var read = stream.Read(_bytes, End, _bytes.Length - End);
        End += read;
        Eof = read == 0;
    }
}
