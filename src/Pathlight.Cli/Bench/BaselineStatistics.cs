using System.Data.Common;
using Pathlight.Metrics;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The baseline's plain SQL for a group of responses' sufficient statistics, written independently of the store's
/// queries so that <c>--verify</c> compares two computations, and the reader that turns a row of it into
/// <see cref="ResponseStatistics"/>. Counts use <c>count_if</c>, which DuckDB evaluates about three times faster
/// than <c>count(*) FILTER (WHERE ...)</c> over 44 columns: the baseline is the fastest plain SQL we found.
/// </summary>
internal static class BaselineStatistics
{
    /// <summary>The aggregate columns, in the order <see cref="Read"/> expects them.</summary>
    public static string SelectList { get; } = string.Join(",\n", Columns());

    public static ResponseStatistics Read(DbDataReader reader, int column)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var statistics = new ResponseStatistics { Responses = reader.GetInt64(column++) };
        foreach (var histogram in new[] { statistics.Nps, statistics.Csat, statistics.Ces })
        {
            for (var i = 0; i < histogram.Length; i++) histogram[i] = reader.GetInt64(column++);
        }

        statistics.Gap = Moments(reader, ref column);
        statistics.Score = Moments(reader, ref column);
        statistics.Expectation = Moments(reader, ref column);
        statistics.ExpectationsMet = YesNo(reader, ref column);
        statistics.WouldReturn = YesNo(reader, ref column);
        statistics.WouldRecommend = YesNo(reader, ref column);
        return statistics;
    }

    private static IEnumerable<string> Columns()
    {
        yield return "count(*)";
        foreach (var (name, low, high) in new[] { ("nps", 0, 10), ("csat", 1, 5), ("ces", 1, 7) })
        {
            for (var score = low; score <= high; score++) yield return CountIf($"{name} = {score}");
        }

        foreach (var value in new[] { "reality::INTEGER - expectation", "coalesce(reality, nps)::INTEGER", "expectation::INTEGER" })
        {
            yield return $"count({value})";
            yield return $"coalesce(sum({value}), 0)::DOUBLE";
            yield return $"coalesce(sum(({value}) * ({value})), 0)::DOUBLE";
        }

        foreach (var question in new[] { "expectations_met", "would_return", "would_recommend" })
        {
            yield return CountIf(question);
            yield return CountIf($"NOT {question}");
        }
    }

    // count_if is null, not 0, for a group where the condition is never true or false (all nulls).
    private static string CountIf(string condition) => $"coalesce(count_if({condition}), 0)";

    private static Moments Moments(DbDataReader reader, ref int column)
    {
        var moments = new Moments(reader.GetInt64(column), reader.GetDouble(column + 1), reader.GetDouble(column + 2));
        column += 3;
        return moments;
    }

    private static YesNo YesNo(DbDataReader reader, ref int column)
    {
        var answers = new YesNo(reader.GetInt64(column), reader.GetInt64(column + 1));
        column += 2;
        return answers;
    }
}
