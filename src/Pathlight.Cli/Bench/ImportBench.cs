using Pathlight.Cli.Commands;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The import measurements: Pathlight's import of the CSV through the same <see cref="ImportJob"/> as
/// <c>pathlight import</c>, DuckDB's <c>read_csv</c> into the baseline, their peak memory, and how fast the CSV reading
/// and the parsing into facts alone go (the rest of Pathlight's import time is the writing).
/// </summary>
internal sealed class ImportBench(CliConsole console, BenchPhaseLog log, BenchWork work, Journey journey)
{
    private const double TargetRowsPerSecond = 1_000_000;
    private const long FlatSlack = 64L << 20;

    /// <summary>Peak resident bytes of Pathlight's import.</summary>
    public long PathlightPeak { get; private set; }

    /// <summary>Peak resident bytes of the baseline's import.</summary>
    public long BaselinePeak { get; private set; }

    public IReadOnlyList<BenchRow> Run(DuckDbStore store, BaselineDatabase baseline, long rows)
    {
        var results = new List<BenchRow>();
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(baseline);
        log.Line($"Importing {rows:N0} responses into Pathlight (the code path of pathlight import).");
        ProcessMemory.ResetPeak();
        using var sampler = new MemorySampler();
        var job = new ImportJob(console, store, journey, FactKind.Response, Importer.DefaultBatchSize) { Label = Path.GetFileName(work.Csv) };
        var (elapsed, summary) = Timing.Once(() => ImportIntoStore(job));
        sampler.Stop();
        PathlightPeak = Math.Max(ProcessMemory.Peak(), sampler.Highest());
        if (summary.Imported != rows)
        {
            throw new PathlightException($"Pathlight imported {summary.Imported:N0} of the {rows:N0} generated responses; this is a bug.");
        }

        log.Done("Pathlight import", elapsed, rows);

        log.Line($"Loading the same CSV into the baseline with DuckDB's read_csv.");
        ProcessMemory.ResetPeak();
        var (baselineElapsed, loaded) = Timing.Once(() => baseline.Import(work.Csv));
        BaselinePeak = ProcessMemory.Peak();
        if (loaded != rows)
        {
            throw new PathlightException($"read_csv loaded {loaded:N0} of the {rows:N0} generated responses.");
        }

        log.Done("Baseline read_csv", baselineElapsed, rows);

        var rate = rows / elapsed.TotalSeconds;
        results.Add(new BenchRow("Import responses from CSV", BenchUnit.RowsPerSecond, rate, rows / baselineElapsed.TotalSeconds,
            "≥ 1,000,000 rows/s", rate >= TargetRowsPerSecond, job.Timings is { } timings ? Breakdown(timings) : null));

        var growth = sampler.Growth();
        results.Add(new BenchRow("Import peak memory", BenchUnit.Megabytes, Megabytes(PathlightPeak), Megabytes(BaselinePeak),
            "flat in file size", growth is { } g ? g <= Math.Max(FlatSlack, PathlightPeak / 10) : null, Flatness(growth)));

        log.Line($"Timing the CSV reading and the parsing into facts on their own.");
        var (reading, _) = Timing.Once(() => Read(parse: false));
        var (parsing, _) = Timing.Once(() => Read(parse: true));
        results.Add(new BenchRow("Import, CSV reading only", BenchUnit.RowsPerSecond, rows / reading.TotalSeconds, null, "", null));
        results.Add(new BenchRow("Import, CSV reading and FactParser", BenchUnit.RowsPerSecond, rows / parsing.TotalSeconds, null, "", null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"of Pathlight's {elapsed.TotalSeconds:N1} s import, reading took {reading.TotalSeconds:N1} s, parsing into facts {Math.Max(0, (parsing - reading).TotalSeconds):N1} s, writing to the store the remaining {Math.Max(0, (elapsed - parsing).TotalSeconds):N1} s.")));
        return results;
    }

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024);

    private static string Flatness(long? growth) => growth switch
    {
        null => "the import was too short to tell whether its memory grows with the file.",
        <= 0 => "Pathlight's resident memory peaked no higher in the second half of its import than in the first (flat: at most 64 MB or a tenth of the peak more).",
        { } grew => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Pathlight's resident memory peaked {Megabytes(grew):N0} MB higher in the second half of its import than in the first (flat: at most 64 MB or a tenth of the peak more)."),
    };

    private static string Breakdown(WriteTimings t) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"the writer's {t.Batches:N0} batches spent {t.Identifiers.TotalSeconds:N1} s on identifiers, {t.Staging.TotalSeconds:N1} s staging rows, "
        + $"{t.Insert.TotalSeconds:N1} s inserting them past the primary key, {t.Aggregates.TotalSeconds:N1} s on aggregates and "
        + $"{t.Commit.TotalSeconds:N1} s committing.");

    private ImportSummary ImportIntoStore(ImportJob job)
    {
        using var stream = new FileStream(work.Csv, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = SourceReader.Open(stream, ImportFormat.Csv, leaveOpen: true);
        var summary = job.Run(reader.ReadRecords(), stream);
        return summary.Rejected > 0
            ? throw new PathlightException($"Pathlight rejected {summary.Rejected:N0} generated responses; this is a bug.")
            : summary;
    }

    private long Read(bool parse)
    {
        var parser = new FactParser(FactKind.Response, journey);
        using var reader = SourceReader.Open(work.Csv, ImportFormat.Csv);
        long facts = 0;
        foreach (var record in reader.ReadRecords())
        {
            if (!parse || parser.Parse(record).Fact is not null) facts++;
        }

        return facts;
    }
}
