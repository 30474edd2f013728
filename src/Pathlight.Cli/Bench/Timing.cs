using System.Diagnostics;

namespace Pathlight.Cli.Bench;

/// <summary>Times a query: one warm-up run, then the median of the measured runs.</summary>
internal static class Timing
{
    /// <summary>
    /// A query whose warm-up takes longer than this is timed once more rather than the full number of runs: warming up
    /// hardly disturbs a run that long, and repeating it would make the largest benchmarks take hours.
    /// </summary>
    public static readonly TimeSpan LongQuery = TimeSpan.FromMinutes(1);

    /// <summary>The median time of <paramref name="runs"/> runs after one warm-up, and the last run's result.</summary>
    public static (TimeSpan Median, T Result) Median<T>(int runs, Func<T> query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentNullException.ThrowIfNull(query);
        var (warmUp, result) = Once(query);
        var times = new TimeSpan[warmUp > LongQuery ? 1 : runs];
        for (var run = 0; run < times.Length; run++)
        {
            var clock = Stopwatch.StartNew();
            result = query();
            times[run] = clock.Elapsed;
        }

        return (MedianOf(times), result);
    }

    /// <summary>The median; for an even count, the mean of the middle two.</summary>
    public static TimeSpan MedianOf(IReadOnlyList<TimeSpan> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (times.Count == 0) throw new ArgumentException("No times to take the median of.", nameof(times));
        var sorted = times.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Runs <paramref name="work"/> once and returns how long it took with its result.</summary>
    public static (TimeSpan Elapsed, T Result) Once<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        var result = work();
        return (clock.Elapsed, result);
    }
}
