using System.Collections.Concurrent;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// One lock per store file for transactions that change aggregates. Concurrent batches often add to the same
/// aggregate row (same touchpoint, day and segment), which DuckDB would refuse as a write-write conflict;
/// taking turns costs little, as batches are short and only one process can open the file.
/// </summary>
internal static class StoreLocks
{
    private static readonly ConcurrentDictionary<string, Lock> Locks = new(StringComparer.Ordinal);

    internal static Lock For(string fullPath) => Locks.GetOrAdd(fullPath, _ => new Lock());
}
