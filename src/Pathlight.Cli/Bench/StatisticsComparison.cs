using System.Globalization;
using Pathlight.Drivers;
using Pathlight.Metrics;

namespace Pathlight.Cli.Bench;

/// <summary>
/// Compares what Pathlight reports with the baseline's recomputation from the raw rows, field by field: the scorecard's
/// and the trend's sufficient statistics, and the driver analysis. A group present on one side only is compared with
/// an empty group, so a missing touchpoint shows as its counts. Counts must match exactly; sums may differ by rounding
/// only (they are sums of whole numbers, exact in a double up to 2^53, so any difference beyond a part in 10^12 is
/// real).
/// </summary>
internal static class StatisticsComparison
{
    private const double RelativeTolerance = 1e-12;
    private const double DriverTolerance = 1e-9;

    /// <summary>Every difference between the scorecard statistics, as "where: field raw vs Pathlight".</summary>
    public static IReadOnlyList<string> Scorecard(JourneyStatistics raw, JourneyStatistics pathlight)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pathlight);
        var differences = new List<string>();
        foreach (var id in raw.Responses.Keys.Union(pathlight.Responses.Keys).Order(StringComparer.Ordinal))
        {
            Compare($"scorecard {id}", raw.ResponsesOf(id), pathlight.ResponsesOf(id), differences);
        }

        Compare("scorecard relationship", raw.Relationship, pathlight.Relationship, differences);
        return differences;
    }

    /// <summary>Every difference between two trends, matched by period and touchpoint.</summary>
    public static IReadOnlyList<string> Trend(IReadOnlyList<PeriodStatistics> raw, IReadOnlyList<PeriodStatistics> pathlight)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pathlight);
        var differences = new List<string>();
        var rawGroups = ByKey(raw, "raw", differences);
        var pathlightGroups = ByKey(pathlight, "Pathlight", differences);
        foreach (var key in rawGroups.Keys.Union(pathlightGroups.Keys).Order())
        {
            Compare($"trend {key.Month} {key.Touchpoint}",
                rawGroups.GetValueOrDefault(key) ?? new ResponseStatistics(),
                pathlightGroups.GetValueOrDefault(key) ?? new ResponseStatistics(),
                differences);
        }

        return differences;
    }

    /// <summary>
    /// Every difference between two driver analyses of the same customers: their counts exactly, each driver's r and
    /// importance up to rounding (the two add the customers up in a different order).
    /// </summary>
    public static IReadOnlyList<string> Drivers(DriverReport raw, DriverReport pathlight)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pathlight);
        var differences = new List<string>();
        Count("drivers", "customers", raw.Customers, pathlight.Customers, differences);
        Count("drivers", "customers with an outcome", raw.N, pathlight.N, differences);
        var others = pathlight.Drivers.ToDictionary(d => d.TouchpointId, StringComparer.Ordinal);
        foreach (var driver in raw.Drivers)
        {
            if (!others.Remove(driver.TouchpointId, out var other))
            {
                differences.Add($"drivers {driver.TouchpointId}: in the raw analysis only");
                continue;
            }

            Count($"drivers {driver.TouchpointId}", "n", driver.N, other.N, differences);
            Close($"drivers {driver.TouchpointId}", "r", driver.R, other.R, differences);
            Close($"drivers {driver.TouchpointId}", "importance", driver.Importance, other.Importance, differences);
        }

        differences.AddRange(others.Keys.Select(id => $"drivers {id}: in Pathlight's analysis only"));
        return differences;
    }

    /// <summary>Every difference between two groups' statistics, added to <paramref name="differences"/>.</summary>
    public static void Compare(string where, ResponseStatistics raw, ResponseStatistics pathlight, List<string> differences)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(pathlight);
        ArgumentNullException.ThrowIfNull(differences);
        Count(where, "responses", raw.Responses, pathlight.Responses, differences);
        Histogram(where, "nps", 0, raw.Nps, pathlight.Nps, differences);
        Histogram(where, "csat", 1, raw.Csat, pathlight.Csat, differences);
        Histogram(where, "ces", 1, raw.Ces, pathlight.Ces, differences);
        Moments(where, "gap", raw.Gap, pathlight.Gap, differences);
        Moments(where, "score", raw.Score, pathlight.Score, differences);
        Moments(where, "expectation", raw.Expectation, pathlight.Expectation, differences);
        Answers(where, "expectations_met", raw.ExpectationsMet, pathlight.ExpectationsMet, differences);
        Answers(where, "would_return", raw.WouldReturn, pathlight.WouldReturn, differences);
        Answers(where, "would_recommend", raw.WouldRecommend, pathlight.WouldRecommend, differences);
    }

    private static SortedDictionary<(string Month, string Touchpoint), ResponseStatistics> ByKey(
        IReadOnlyList<PeriodStatistics> periods, string side, List<string> differences)
    {
        var groups = new SortedDictionary<(string, string), ResponseStatistics>();
        foreach (var period in periods)
        {
            var key = (period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture), period.TouchpointId ?? "relationship");
            if (!groups.TryAdd(key, period.Statistics))
            {
                differences.Add($"trend {key.Item1} {key.Item2}: the {side} trend has this group twice");
            }
        }

        return groups;
    }

    private static void Histogram(string where, string name, int first, long[] raw, long[] pathlight, List<string> differences)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            Count(where, $"{name} = {first + i}", raw[i], pathlight[i], differences);
        }
    }

    private static void Moments(string where, string name, Moments raw, Moments pathlight, List<string> differences)
    {
        Count(where, $"{name} n", raw.N, pathlight.N, differences);
        Sum(where, $"{name} sum", raw.Sum, pathlight.Sum, differences);
        Sum(where, $"{name} sum of squares", raw.SumOfSquares, pathlight.SumOfSquares, differences);
    }

    private static void Answers(string where, string name, YesNo raw, YesNo pathlight, List<string> differences)
    {
        Count(where, $"{name} yes", raw.Yes, pathlight.Yes, differences);
        Count(where, $"{name} no", raw.No, pathlight.No, differences);
    }

    private static void Count(string where, string field, long raw, long pathlight, List<string> differences)
    {
        if (raw != pathlight) differences.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: {field} {raw} (raw) vs {pathlight} (Pathlight)"));
    }

    private static void Close(string where, string field, double raw, double pathlight, List<string> differences)
    {
        if (!(Math.Abs(raw - pathlight) <= DriverTolerance))
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: {field} {raw:R} (raw) vs {pathlight:R} (Pathlight)"));
        }
    }

    private static void Sum(string where, string field, double raw, double pathlight, List<string> differences)
    {
        if (Math.Abs(raw - pathlight) > RelativeTolerance * Math.Max(1, Math.Max(Math.Abs(raw), Math.Abs(pathlight))))
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: {field} {raw:R} (raw) vs {pathlight:R} (Pathlight)"));
        }
    }
}
