using System.Diagnostics;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Bench;

/// <summary>
/// One <c>pathlight bench</c> run: generate the data, load it into Pathlight and into the plain-DuckDB baseline,
/// time the reports on both, optionally verify Pathlight's statistics against the raw rows, and report.
/// </summary>
internal sealed class BenchRunner(CliConsole console, BenchOptions options)
{
    private const int DifferencesShown = 20;

    private readonly BenchPhaseLog _log = new(console.Out);

    public int Run()
    {
        using var work = BenchWork.Open(options.Work, options.Keep);
        var data = new BenchData(options.Size);
        _log.Line($"Working in {work.Folder}{(options.Keep ? " (kept afterwards)" : "")}.");
        var generationPeak = Generate(data, work);
        var journey = JourneyFile.Load(work.Journey);

        var store = DuckDbStore.Open(work.Store, create: true);
        store.SaveJourney(journey);
        using var baseline = new BaselineDatabase(work.Baseline);
        var imports = new ImportBench(console, _log, work, journey);
        var rows = new List<BenchRow>(imports.Run(store, baseline, options.Size.Responses));

        var customer = BenchData.CustomerId(data.Response(options.Size.Responses / 2).Customer);
        var queries = new QueryBench(_log, store, baseline, journey, options.Runs);
        rows.AddRange(queries.Run(options.Size, customer));
        var pathlightPeak = Math.Max(imports.PathlightPeak, queries.PathlightPeak);
        var baselinePeak = Math.Max(imports.BaselinePeak, queries.BaselinePeak);
        rows.Add(new BenchRow("Peak memory, whole run", BenchUnit.Megabytes, ImportBench.Megabytes(pathlightPeak),
            ImportBench.Megabytes(baselinePeak), "", null,
            $"the highest resident size while Pathlight, or the baseline, worked; generating the CSV peaked at {ImportBench.Megabytes(generationPeak):N0} MB."
            + (ProcessMemory.PeakPerPhase ? "" : " This system cannot reset the peak, so each figure is the process's peak so far.")));

        var results = new BenchResults(options.Size, MachineInfo.Current(baseline.Version()), options.Runs, rows,
            new BenchFiles(Length(work.Csv), Length(work.Store) + Length(work.Store + ".wal"), Length(work.Baseline) + Length(work.Baseline + ".wal")));
        console.Out.WriteLine();
        BenchReport.Write(console.Ansi, results);
        if (options.Markdown is { } markdown)
        {
            File.WriteAllText(markdown, BenchReport.Markdown(results));
            _log.Line($"Wrote the results as Markdown to {markdown}.");
        }

        return options.Verify ? Verify(queries.Answers!) : ExitCodes.Success;
    }

    private long Generate(BenchData data, BenchWork work)
    {
        File.WriteAllText(work.Journey, data.JourneyYaml());
        _log.Line($"Generating {data.Size.Responses:N0} responses over {data.Size.Touchpoints} touchpoints, {data.Size.Customers:N0} customers and {data.Size.Months} months (seed {data.Size.Seed}).");
        ProcessMemory.ResetPeak();
        var clock = Stopwatch.StartNew();
        using (var file = new FileStream(work.Csv, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var writer = new BenchCsvWriter(data);
            if (console.Interactive)
            {
                console.Ansi.Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask("Generating responses", maxValue: data.Size.Responses);
                    writer.Write(file, rows => task.Value = rows);
                });
            }
            else
            {
                writer.Write(file);
            }
        }

        _log.Done("Generated", clock.Elapsed, data.Size.Responses);
        return ProcessMemory.Peak();
    }

    private int Verify(QueryAnswers answers)
    {
        _log.Line($"Verifying Pathlight's statistics against the baseline's, computed from the raw rows.");
        var differences = new List<string>();
        differences.AddRange(StatisticsComparison.Scorecard(answers.RawStatistics, answers.PathlightStatistics));
        differences.AddRange(StatisticsComparison.Trend(answers.RawTrend, answers.PathlightTrend));
        differences.AddRange(StatisticsComparison.Drivers(answers.RawDrivers, answers.PathlightDrivers));
        if (differences.Count == 0)
        {
            _log.Line($"Verified: the scorecard, trend and driver statistics equal those recomputed from the raw rows.");
            return ExitCodes.Success;
        }

        console.Error.WriteLine($"error: verification failed: {differences.Count} statistics differ from the raw rows:");
        foreach (var difference in differences.Take(DifferencesShown))
        {
            console.Error.WriteLine($"  {difference}");
        }

        if (differences.Count > DifferencesShown)
        {
            console.Error.WriteLine($"  ... and {differences.Count - DifferencesShown} more.");
        }

        return ExitCodes.Failure;
    }

    private static long Length(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
}
