namespace Pathlight.Cli.Bench;

/// <summary>
/// Samples the resident size while a long phase runs, to tell whether its memory stays flat or grows with the data:
/// the peak of the second half of the samples against the peak of the first half.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly List<long> _samples = [];
    private readonly Timer _timer;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Interval);

    /// <summary>
    /// How much higher (bytes) the peak of the second half of the phase was than that of the first; 0 or less when
    /// memory stayed flat; null with too few samples to tell.
    /// </summary>
    public long? Growth()
    {
        lock (_samples)
        {
            if (_samples.Count < 4) return null;
            var half = _samples.Count / 2;
            return _samples.Skip(half).Max() - _samples.Take(half).Max();
        }
    }

    /// <summary>The highest sample so far.</summary>
    public long Highest()
    {
        lock (_samples)
        {
            return _samples.Count == 0 ? 0 : _samples.Max();
        }
    }

    public void Stop()
    {
        _timer.Dispose();
        Sample();
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var current = ProcessMemory.Current();
        lock (_samples)
        {
            _samples.Add(current);
        }
    }
}
