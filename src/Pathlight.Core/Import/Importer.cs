using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>
/// The one import path, shared by the CLI, the server and the demo: records are parsed and validated, bad
/// ones reported with their line and reason, good ones written in batches (one transaction each) so memory
/// stays flat whatever the input's size.
/// </summary>
/// <param name="parser">Turns records into facts of one kind for one journey.</param>
/// <param name="writeBatch">Writes a batch in one transaction and returns how many facts were new.</param>
/// <param name="batchSize">Facts per batch.</param>
public sealed class Importer(FactParser parser, Func<IReadOnlyList<Fact>, int> writeBatch, int batchSize = Importer.DefaultBatchSize)
{
    /// <summary>Facts per transaction unless told otherwise.</summary>
    public const int DefaultBatchSize = 50_000;

    /// <summary>Called for every rejected row, in input order.</summary>
    public Action<RowRejection>? Rejected { get; init; }

    /// <summary>Called after each batch is committed, with the running totals.</summary>
    public Action<ImportSummary>? BatchWritten { get; init; }

    /// <summary>Imports every record and returns the totals.</summary>
    public ImportSummary Run(IEnumerable<SourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var batch = new List<Fact>(Math.Min(batchSize, 4096));
        long imported = 0, duplicates = 0, rejected = 0;
        foreach (var record in records)
        {
            var parsed = parser.Parse(record);
            if (parsed.Fact is { } fact)
            {
                batch.Add(fact);
                if (batch.Count >= batchSize)
                {
                    Flush();
                }
            }
            else
            {
                rejected++;
                Rejected?.Invoke(new RowRejection(record.Line, parsed.Error ?? "rejected", record.Raw));
            }
        }

        Flush();
        return new ImportSummary(imported, duplicates, rejected);

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var inserted = writeBatch(batch);
            imported += inserted;
            duplicates += batch.Count - inserted;
            batch.Clear();
            BatchWritten?.Invoke(new ImportSummary(imported, duplicates, rejected));
        }
    }
}
