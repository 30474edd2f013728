using Pathlight.Drivers;
using Pathlight.Metrics;

namespace Pathlight.Cli.Bench;

/// <summary>What both sides answered in the last timed run of each query, for <c>--verify</c> to compare.</summary>
internal sealed record QueryAnswers(
    JourneyStatistics PathlightStatistics,
    JourneyStatistics RawStatistics,
    IReadOnlyList<PeriodStatistics> PathlightTrend,
    IReadOnlyList<PeriodStatistics> RawTrend,
    DriverReport PathlightDrivers,
    DriverReport RawDrivers);
