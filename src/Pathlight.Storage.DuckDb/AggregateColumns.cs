namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The sufficient statistics kept per touchpoint × day × segment, in the order the readers of
/// <see cref="StatisticsQueries"/> expect them: what every scorecard and trend metric is derived from.
/// </summary>
internal static class AggregateColumns
{
    /// <summary>Response statistics; scores are integers, so every sum is kept exactly.</summary>
    internal static IReadOnlyList<AggregateColumn> Responses { get; } = [.. ResponseColumns()];

    /// <summary>Interaction statistics for operational KPIs; durations and values are reals.</summary>
    internal static IReadOnlyList<AggregateColumn> Interactions { get; } =
    [
        AggregateColumn.Count("interactions", "count(*)"),
        AggregateColumn.Count("success_yes", "count(*) FILTER (WHERE success)"),
        AggregateColumn.Count("success_no", "count(*) FILTER (WHERE NOT success)"),
        .. Moments("duration", "duration_seconds", exact: false),
        .. Moments("value", "value", exact: false),
    ];

    /// <summary>The columns of a kind's aggregate table; the first counts rows, and a row at zero is removed.</summary>
    internal static IReadOnlyList<AggregateColumn> Of(Facts.FactKind kind) => kind switch
    {
        Facts.FactKind.Response => Responses,
        Facts.FactKind.Interaction => Interactions,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only responses and interactions are aggregated"),
    };

    private static IEnumerable<AggregateColumn> ResponseColumns()
    {
        yield return AggregateColumn.Count("responses", "count(*)");
        for (var s = 0; s <= 10; s++) yield return AggregateColumn.Count($"nps_{s}", $"count(*) FILTER (WHERE nps = {s})");
        for (var s = 1; s <= 5; s++) yield return AggregateColumn.Count($"csat_{s}", $"count(*) FILTER (WHERE csat = {s})");
        for (var s = 1; s <= 7; s++) yield return AggregateColumn.Count($"ces_{s}", $"count(*) FILTER (WHERE ces = {s})");
        foreach (var column in Moments("gap", "(reality - expectation)", exact: true)) yield return column;
        foreach (var column in Moments("score", "coalesce(reality, nps)", exact: true)) yield return column;
        foreach (var column in Moments("expectation", "expectation", exact: true)) yield return column;
        foreach (var question in new[] { "expectations_met", "would_return", "would_recommend" })
        {
            yield return AggregateColumn.Count($"{question}_yes", $"count(*) FILTER (WHERE {question})");
            yield return AggregateColumn.Count($"{question}_no", $"count(*) FILTER (WHERE NOT {question})");
        }
    }

    private static AggregateColumn[] Moments(string name, string value, bool exact)
    {
        var n = $"{name}_n";
        // Scores are TINYINT: widen before squaring so the square cannot overflow.
        var square = exact ? $"{value}::INTEGER * {value}" : $"{value} * {value}";
        return
        [
            AggregateColumn.Count(n, $"count({value})"),
            exact ? AggregateColumn.IntegerSum($"{name}_sum", value, n) : AggregateColumn.RealSum($"{name}_sum", value, n),
            exact ? AggregateColumn.IntegerSum($"{name}_sum_sq", square, n) : AggregateColumn.RealSum($"{name}_sum_sq", square, n),
        ];
    }
}
