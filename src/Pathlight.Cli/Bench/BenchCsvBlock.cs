using System.Globalization;
using System.Text;

namespace Pathlight.Cli.Bench;

/// <summary>
/// Formats a block of consecutive generated responses as CSV rows straight into a byte buffer (everything is ASCII).
/// Each block has its own buffer, so blocks can be formatted in parallel and written in order.
/// </summary>
internal sealed class BenchCsvBlock
{
    /// <summary>Room enough for the longest row the generator can make.</summary>
    public const int MaxRowBytes = 160;

    private static readonly byte[] True = "true"u8.ToArray();
    private static readonly byte[] False = "false"u8.ToArray();

    private readonly BenchData _data;
    private readonly byte[][] _touchpoints;
    private readonly byte[][] _regions;
    private readonly byte[] _buffer;
    private readonly byte[] _date = new byte[11];
    private long _day = -1;
    private int _used;

    public BenchCsvBlock(BenchData data, int rows)
    {
        _data = data;
        _touchpoints = [.. Enumerable.Range(0, data.Size.Touchpoints).Select(k => Encoding.ASCII.GetBytes(BenchData.TouchpointId(k)))];
        _regions = [.. BenchData.Regions.Select(Encoding.ASCII.GetBytes)];
        _buffer = new byte[rows * MaxRowBytes];
    }

    /// <summary>The rows formatted by the last <see cref="Format"/>.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _used);

    /// <summary>Formats rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    public void Format(long first, int count)
    {
        _used = 0;
        for (var i = first; i < first + count; i++)
        {
            Row(_data.Response(i));
        }
    }

    private void Row(in BenchResponse r)
    {
        Put((byte)'r');
        Digits(r.Index, 9);
        Put((byte)',');
        if (r.Touchpoint >= 0) Put(_touchpoints[r.Touchpoint]);
        Put((byte)',');
        Timestamp(r.Seconds);
        Put((byte)',');
        Put((byte)'c');
        Digits(r.Customer, 7);
        Put((byte)',');
        Small(r.Nps);
        Small(r.Csat);
        Small(r.Ces);
        Small(r.Expectation);
        Small(r.Reality);
        Flag(r.ExpectationsMet);
        Flag(r.WouldReturn);
        Flag(r.WouldRecommend);
        Put(_regions[r.Region]);
        Put((byte)'\n');
    }

    private void Timestamp(long seconds)
    {
        var day = seconds / 86_400;
        if (day != _day)
        {
            _day = day;
            BenchData.Start.AddDays(day).TryFormat(_date, out _, "yyyy-MM-dd'T'", CultureInfo.InvariantCulture);
        }

        Put(_date);
        var time = seconds % 86_400;
        Digits(time / 3600, 2);
        Put((byte)':');
        Digits(time / 60 % 60, 2);
        Put((byte)':');
        Digits(time % 60, 2);
        Put((byte)'Z');
    }

    private void Small(sbyte value)
    {
        if (value >= 10)
        {
            Put((byte)'1');
            Put((byte)('0' + (value - 10)));
        }
        else if (value >= 0)
        {
            Put((byte)('0' + value));
        }

        Put((byte)',');
    }

    private void Flag(sbyte value)
    {
        if (value >= 0) Put(value == 1 ? True : False);
        Put((byte)',');
    }

    private void Digits(long value, int width)
    {
        for (var at = _used + width - 1; at >= _used; at--)
        {
            _buffer[at] = (byte)('0' + (value % 10));
            value /= 10;
        }

        _used += width;
    }

    private void Put(byte value) => _buffer[_used++] = value;

    private void Put(byte[] bytes)
    {
        bytes.CopyTo(_buffer, _used);
        _used += bytes.Length;
    }
}
