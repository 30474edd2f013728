using Pathlight.Facts;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

/// <summary>The batching of <see cref="Importer"/>: order, one write at a time, parsing ahead, and failures.</summary>
public sealed class ImporterTests
{
    private static readonly string[] Columns = ["id", "touchpoint", "timestamp", "nps"];

    [Fact]
    public void WritesBatchesInInputOrderOneAtATimeAndReportsRejectedRows()
    {
        var batches = new List<string[]>();
        var writing = 0;
        var mostAtOnce = 0;
        var totals = new List<ImportSummary>();
        var rejections = new List<RowRejection>();
        var importer = new Importer(Parser(), batch =>
        {
            mostAtOnce = Math.Max(mostAtOnce, Interlocked.Increment(ref writing));
            Thread.Sleep(20);
            lock (batches)
            {
                batches.Add(batch.Select(f => f.Id).ToArray());
            }

            Interlocked.Decrement(ref writing);
            return batch.Count(f => f.Id != "r2");
        }, batchSize: 3)
        {
            BatchWritten = totals.Add,
            Rejected = rejections.Add,
        };

        var summary = importer.Run(Records(10, badLine: 5));

        Assert.Equal([["r1", "r2", "r3"], ["r4", "r6", "r7"], ["r8", "r9", "r10"]], batches);
        Assert.Equal(1, mostAtOnce);
        Assert.Equal(new ImportSummary(8, 1, 1), summary);
        Assert.Equal([2L, 5L, 8L], totals.Select(t => t.Imported));
        Assert.Equal(summary, totals[^1]);
        Assert.Equal(5, Assert.Single(rejections).Line);
    }

    [Fact]
    public void ParsesTheNextBatchWhileOneIsWritten()
    {
        using var secondBatchParsed = new ManualResetEventSlim();
        var overlapped = false;
        var importer = new Importer(Parser(), batch =>
        {
            if (batch[0].Id == "r1")
            {
                overlapped = secondBatchParsed.Wait(TimeSpan.FromSeconds(10));
            }

            return batch.Count;
        }, batchSize: 3);

        var summary = importer.Run(Records(6).Select(record =>
        {
            if (record.Line == 5)
            {
                secondBatchParsed.Set();
            }

            return record;
        }));

        Assert.True(overlapped, "the second batch was not parsed while the first was being written");
        Assert.Equal(6, summary.Imported);
    }

    [Fact]
    public void AFailedBatchStopsTheImportAndKeepsTheBatchesBeforeIt()
    {
        var written = new List<string>();
        var totals = new List<ImportSummary>();
        var importer = new Importer(Parser(), batch =>
        {
            if (batch[0].Id == "r4")
            {
                throw new InvalidOperationException("disk full");
            }

            lock (written)
            {
                written.AddRange(batch.Select(f => f.Id));
            }

            return batch.Count;
        }, batchSize: 3)
        {
            BatchWritten = totals.Add,
        };

        var error = Assert.Throws<InvalidOperationException>(() => importer.Run(Records(12)));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(["r1", "r2", "r3"], written);
        Assert.Equal(3, Assert.Single(totals).Imported);
    }

    [Fact]
    public void WaitsForTheBatchBeingWrittenWhenReadingFails()
    {
        var finished = false;
        var importer = new Importer(Parser(), batch =>
        {
            Thread.Sleep(200);
            Volatile.Write(ref finished, true);
            return batch.Count;
        }, batchSize: 3);

        Assert.Throws<IOException>(() => importer.Run(FailingAt(5)));

        Assert.True(Volatile.Read(ref finished), "the import returned while a batch was still being written");
    }

    private static FactParser Parser() => new(FactKind.Response, ParserTestData.Journey);

    private static IEnumerable<SourceRecord> Records(int count, int badLine = 0)
    {
        for (var line = 1; line <= count; line++)
        {
            string?[] values = [$"r{line}", "purchase", "2025-03-04T10:00:00Z", line == badLine ? "11" : "9"];
            yield return new SourceRecord(line, Columns, values, $"r{line}");
        }
    }

    private static IEnumerable<SourceRecord> FailingAt(int line)
    {
        foreach (var record in Records(line - 1))
        {
            yield return record;
        }

        throw new IOException("the file went away");
    }
}
