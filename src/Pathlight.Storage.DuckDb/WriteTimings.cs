using System.Diagnostics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Where a <see cref="FactWriter"/>'s time went, summed over the batches it wrote: what <c>pathlight bench</c> reports to
/// explain an import's speed. Read it after the writer's last batch.
/// </summary>
public sealed class WriteTimings
{
    private long _identifiers;
    private long _staging;
    private long _insert;
    private long _aggregates;
    private long _commit;

    /// <summary>Batches written (committed or not).</summary>
    public int Batches { get; private set; }

    /// <summary>Finding or adding the batch's identifiers, and linking those of its new facts.</summary>
    public TimeSpan Identifiers => Stopwatch.GetElapsedTime(0, _identifiers);

    /// <summary>Setting aside ids repeated within the batch and appending the rest to the staging table.</summary>
    public TimeSpan Staging => Stopwatch.GetElapsedTime(0, _staging);

    /// <summary>Moving the staged rows into the fact table, the primary key turning away stored ids.</summary>
    public TimeSpan Insert => Stopwatch.GetElapsedTime(0, _insert);

    /// <summary>Adding the new facts' statistics to the aggregates.</summary>
    public TimeSpan Aggregates => Stopwatch.GetElapsedTime(0, _aggregates);

    /// <summary>Committing each batch's transaction.</summary>
    public TimeSpan Commit => Stopwatch.GetElapsedTime(0, _commit);

    internal void CountBatch() => Batches++;

    /// <summary>Adds the time since <paramref name="start"/> to one phase and returns now, the next phase's start.</summary>
    internal long Identified(long start) => Add(ref _identifiers, start);

    internal long Staged(long start) => Add(ref _staging, start);

    internal long Inserted(long start) => Add(ref _insert, start);

    internal long Aggregated(long start) => Add(ref _aggregates, start);

    internal long Committed(long start) => Add(ref _commit, start);

    private static long Add(ref long phase, long start)
    {
        var now = Stopwatch.GetTimestamp();
        phase += now - start;
        return now;
    }
}
