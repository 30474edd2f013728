using System.Globalization;
using DuckDB.NET.Data;
using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Scorecards;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The query measurements: each report computed by Pathlight through the store's public API and by plain SQL over the
/// baseline's raw table, timed as the median of several runs after a warm-up, with each side's peak memory.
/// Pathlight opens the store for each operation (so the CLI and the server can share the file), which also drops
/// DuckDB's cache; the quick reports are timed a second time with the store held open, to show what that costs.
/// </summary>
internal sealed class QueryBench(BenchPhaseLog log, DuckDbStore store, BaselineDatabase baseline, Journey journey, int runs)
{
    private const string DashboardTarget = "≤ 100 ms and ≥ 10× baseline (at 100M responses)";
    private const double DashboardMilliseconds = 100;
    private const double DashboardSpeedUp = 10;
    private const double DriversMilliseconds = 2_000;
    private const double TimelineMilliseconds = 20;

    /// <summary>The highest peak resident bytes while Pathlight answered.</summary>
    public long PathlightPeak { get; private set; }

    /// <summary>The highest peak resident bytes while the baseline answered.</summary>
    public long BaselinePeak { get; private set; }

    /// <summary>The answers of the last timed runs, once <see cref="Run"/> has run.</summary>
    public QueryAnswers? Answers { get; private set; }

    public IReadOnlyList<BenchRow> Run(BenchDataSize size, string customer)
    {
        ArgumentNullException.ThrowIfNull(size);
        var all = FactFilter.All;
        var (scorecard, statistics, rawStatistics) = Measure("Scorecard with intervals and lights",
            () => WithScorecard(store.GetStatistics(journey, all)),
            () => WithScorecard(baseline.Scorecard()),
            heldOpen: true);
        var (trend, periods, rawPeriods) = Measure($"{size.Months}-month monthly trend, all touchpoints",
            () => store.GetTrend(journey, all, TrendPeriod.Month),
            baseline.MonthlyTrend,
            heldOpen: true);
        var (drivers, report, rawRun) = Measure($"Key drivers, {size.Customers:N0} customers",
            () => store.GetDrivers(journey, all, DriverOutcome.Nps),
            () => BaselineDrivers.Analyze(baseline, journey));
        var (timeline, _, _) = Measure("One customer's timeline",
            () => store.GetCustomerTimeline(journey, new Identifier(IdentifierKinds.CustomerId, customer)).Events.Count,
            () => baseline.Timeline(customer),
            heldOpen: true);
        Answers = new QueryAnswers(statistics, rawStatistics, periods, rawPeriods, report, rawRun.Report);
        return
        [
            Row(scorecard, DashboardTarget, scorecard.Pathlight.TotalMilliseconds <= DashboardMilliseconds && scorecard.SpeedUp >= DashboardSpeedUp),
            Row(trend, DashboardTarget, trend.Pathlight.TotalMilliseconds <= DashboardMilliseconds && trend.SpeedUp >= DashboardSpeedUp),
            Row(drivers, "≤ 2 s (at 5M customers)", drivers.Pathlight.TotalMilliseconds <= DriversMilliseconds) with
            {
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"both sides run the same Core code; in the baseline's last run, adding the customers to the DriverSample took {rawRun.Accumulating.TotalMilliseconds:N0} ms and DriverAnalysis {rawRun.Analyzing.TotalMilliseconds:N0} ms, the SQL the rest."),
            },
            Row(timeline, "≤ 20 ms", timeline.Pathlight.TotalMilliseconds <= TimelineMilliseconds),
        ];
    }

    // The scorecard is what is timed; its statistics are what --verify compares.
    private JourneyStatistics WithScorecard(JourneyStatistics statistics)
    {
        ScorecardBuilder.Build(journey, statistics, null, null);
        return statistics;
    }

    private static BenchRow Row(Timed timed, string target, bool met) =>
        new(timed.Name, BenchUnit.Milliseconds, timed.Pathlight.TotalMilliseconds, timed.Baseline.TotalMilliseconds, target, met,
            timed.HeldOpen is { } held
                ? string.Create(CultureInfo.InvariantCulture,
                    $"with the store held open between runs (DuckDB's cache kept), Pathlight took {BenchRow.Format(held.TotalMilliseconds, BenchUnit.Milliseconds)}.")
                : null);

    private (Timed Timed, TPathlight Pathlight, TBaseline Baseline) Measure<TPathlight, TBaseline>(
        string name, Func<TPathlight> pathlight, Func<TBaseline> raw, bool heldOpen = false)
    {
        log.Line($"{name}: timing Pathlight and the baseline ({runs} run{(runs == 1 ? "" : "s")} each after a warm-up).");
        ProcessMemory.ResetPeak();
        var (pathlightTime, pathlightAnswer) = Timing.Median(runs, pathlight);
        PathlightPeak = Math.Max(PathlightPeak, ProcessMemory.Peak());
        ProcessMemory.ResetPeak();
        var (baselineTime, baselineAnswer) = Timing.Median(runs, raw);
        BaselinePeak = Math.Max(BaselinePeak, ProcessMemory.Peak());
        log.Timed(name, pathlightTime, baselineTime);
        var timed = new Timed(name, pathlightTime, baselineTime, heldOpen ? HeldOpen(pathlight) : null);
        return (timed, pathlightAnswer, baselineAnswer);
    }

    // A connection of our own keeps DuckDB's database instance, and with it its cache, alive between the store's
    // connections, as a long-running process holding the file could.
    private TimeSpan HeldOpen<T>(Func<T> pathlight)
    {
        using var held = new DuckDBConnection($"Data Source={store.Path}");
        held.Open();
        return Timing.Median(runs, pathlight).Median;
    }

    private sealed record Timed(string Name, TimeSpan Pathlight, TimeSpan Baseline, TimeSpan? HeldOpen)
    {
        public double SpeedUp => Baseline / Pathlight;
    }
}
