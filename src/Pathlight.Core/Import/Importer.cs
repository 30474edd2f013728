using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>
/// The one import path, shared by the CLI, the server and the demo: records are parsed and validated, bad
/// ones reported with their line and reason, good ones written in batches (one transaction each) so memory
/// stays flat whatever the input's size. While a batch is written the next one is parsed, so reading and
/// validating overlap with the store's work; batches are still written one at a time, in input order.
/// </summary>
/// <param name="parser">Turns records into facts of one kind for one journey.</param>
/// <param name="writeBatch">Writes a batch in one transaction and returns how many facts were new. It is called
/// from a worker thread, never for two batches at once.</param>
/// <param name="batchSize">Facts per batch.</param>
public sealed class Importer(FactParser parser, Func<IReadOnlyList<Fact>, int> writeBatch, int batchSize = Importer.DefaultBatchSize)
{
    /// <summary>
    /// Facts per transaction unless told otherwise: a little over one DuckDB row group (122,880 rows), because DuckDB
    /// writes an insert that large straight into the file's row groups instead of through its write-ahead log, and the
    /// primary-key check costs several times less per row than in batches of 50,000.
    /// </summary>
    public const int DefaultBatchSize = 131_072;

    /// <summary>Called for every rejected row, in input order, on the calling thread.</summary>
    public Action<RowRejection>? Rejected { get; init; }

    /// <summary>Called after each batch is committed, with the running totals, on the calling thread.</summary>
    public Action<ImportSummary>? BatchWritten { get; init; }

    /// <summary>Imports every record and returns the totals.</summary>
    /// <remarks>When a batch fails to write, the batches before it stay committed and the exception is thrown once the
    /// record being parsed is done; no later batch is written.</remarks>
    public ImportSummary Run(IEnumerable<SourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var capacity = Math.Min(batchSize, 4096);
        var batch = new List<Fact>(capacity);
        var spare = new List<Fact>(capacity);
        Task<int>? writing = null;
        List<Fact>? written = null;
        long imported = 0, duplicates = 0, rejected = 0;
        try
        {
            foreach (var record in records)
            {
                var parsed = parser.Parse(record);
                if (parsed.Fact is { } fact)
                {
                    batch.Add(fact);
                    if (batch.Count >= batchSize)
                    {
                        Hand();
                    }
                }
                else
                {
                    rejected++;
                    Rejected?.Invoke(new RowRejection(record.Line, parsed.Error ?? "rejected", record.Raw));
                }
            }

            Hand();
            Finish();
        }
        catch
        {
            // The writer must be idle before the caller disposes it; the first failure is the one reported.
            try
            {
                writing?.Wait();
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        return new ImportSummary(imported, duplicates, rejected);

        // Waits for the batch being written, then starts writing the one just parsed.
        void Hand()
        {
            if (batch.Count == 0)
            {
                return;
            }

            Finish();
            written = batch;
            var handed = batch;
            writing = Task.Factory.StartNew(() => writeBatch(handed), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            batch = spare;
        }

        void Finish()
        {
            if (writing is null)
            {
                return;
            }

            var inserted = writing.GetAwaiter().GetResult();
            writing = null;
            imported += inserted;
            duplicates += written!.Count - inserted;
            written.Clear();
            spare = written;
            BatchWritten?.Invoke(new ImportSummary(imported, duplicates, rejected));
        }
    }
}
