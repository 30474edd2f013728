using Pathlight.Facts;

namespace Pathlight.Metrics;

/// <summary>
/// Sufficient statistics of a touchpoint's interactions for its operational KPI: counts and moment sums,
/// and, for median KPIs, the histogram of distinct values (exact and mergeable).
/// </summary>
public sealed class InteractionStatistics
{
    /// <summary>Interactions in the group.</summary>
    public long Count { get; set; }

    /// <summary>Success flags where given.</summary>
    public YesNo Success { get; set; }

    /// <summary>Moments of duration in seconds where given.</summary>
    public Moments Duration { get; set; }

    /// <summary>Moments of value where given.</summary>
    public Moments Value { get; set; }

    /// <summary>Distinct durations with their counts; filled only for median KPIs on duration.</summary>
    public SortedDictionary<double, long> DurationCounts { get; } = [];

    /// <summary>Distinct values with their counts; filled only for median KPIs on value.</summary>
    public SortedDictionary<double, long> ValueCounts { get; } = [];

    /// <summary>Counts one interaction in, histograms included. Used for in-memory statistics.</summary>
    public void Add(InteractionFact interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        Count++;
        if (interaction.Success is { } success) Success = Success.Add(success);
        if (interaction.DurationSeconds is { } duration)
        {
            Duration = Duration.Add(duration);
            DurationCounts[duration] = DurationCounts.GetValueOrDefault(duration) + 1;
        }

        if (interaction.Value is { } value)
        {
            Value = Value.Add(value);
            ValueCounts[value] = ValueCounts.GetValueOrDefault(value) + 1;
        }
    }
}
