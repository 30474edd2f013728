using Pathlight.Facts;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The SQL that keeps one kind's aggregates under one layout: a grouped SELECT of the sufficient statistics of
/// some fact rows, and the statements that add those groups to the aggregate tables or take them away.
/// </summary>
internal sealed class AggregateSql
{
    internal const string ResponseTable = "response_aggregates";
    internal const string InteractionTable = "interaction_aggregates";
    internal const string ValueCountTable = "interaction_value_counts";
    internal const string LayoutTable = "aggregate_layouts";

    /// <summary>The touchpoint key of a relationship response, which has none; a primary key cannot hold null.</summary>
    internal const string NoTouchpoint = "";

    private const string Keys = "journey_id, touchpoint_id, day, segment";
    private const string ValueKeys = Keys + ", measure, value";

    private readonly AggregateLayout _layout;
    private readonly IReadOnlyList<AggregateColumn> _columns;
    private readonly string _table;

    internal AggregateSql(AggregateLayout layout, FactKind kind)
    {
        _layout = layout;
        Kind = kind;
        _columns = AggregateColumns.Of(kind);
        _table = TableOf(kind);
    }

    internal FactKind Kind { get; }

    /// <summary>Whether this kind keeps value counts for median KPIs under the layout.</summary>
    internal bool CountsValues => Kind == FactKind.Interaction && _layout.ValueCounts.Count > 0;

    internal static bool IsAggregated(FactKind kind) => kind is FactKind.Response or FactKind.Interaction;

    internal static string TableOf(FactKind kind) => kind == FactKind.Response ? ResponseTable : InteractionTable;

    /// <summary>The statistics of the rows of <paramref name="source"/> matching <paramref name="where"/>, one row per key.</summary>
    internal string Select(string source, string where)
    {
        var touchpoint = Kind == FactKind.Response ? $"coalesce(touchpoint_id, '{NoTouchpoint}')" : "touchpoint_id";
        return $"""
            SELECT journey_id, {touchpoint} AS touchpoint_id, ts::DATE AS day, {_layout.SegmentKeySql()} AS segment,
                {string.Join(", ", _columns.Select(c => $"{c.Expression} AS {c.Name}"))}
            FROM {source} WHERE {where} GROUP BY ALL
            """;
    }

    /// <summary>The value counts of the median-KPI touchpoints among the rows, one row per key and value.</summary>
    internal string SelectValueCounts(string source, string where)
    {
        var cases = _layout.ValueCounts.Select(p => (Touchpoint: AggregateLayout.Literal(p.Key), Column: p.Value)).ToList();
        var measure = string.Join(" ", cases.Select(c => $"WHEN {c.Touchpoint} THEN {AggregateLayout.Literal(c.Column)}"));
        var counted = string.Join(" ", cases.Select(c => $"WHEN {c.Touchpoint} THEN {c.Column}"));
        return $"""
            SELECT journey_id, touchpoint_id, day, segment, measure, counted AS value, count(*) AS n FROM (
                SELECT journey_id, touchpoint_id, ts::DATE AS day, {_layout.SegmentKeySql()} AS segment,
                    CASE touchpoint_id {measure} END AS measure, CASE touchpoint_id {counted} END AS counted
                FROM {source}
                WHERE ({where}) AND touchpoint_id IN ({string.Join(", ", cases.Select(c => c.Touchpoint))}))
            WHERE counted IS NOT NULL GROUP BY ALL
            """;
    }

    /// <summary>Adds the groups of <see cref="Select"/> to the stored ones, creating those not yet kept.</summary>
    internal string Add(string source, string where) => $"""
        INSERT INTO {_table} {Select(source, where)}
        ON CONFLICT ({Keys}) DO UPDATE SET {string.Join(", ", _columns.Select(c => $"{c.Name} = {c.Name} + excluded.{c.Name}"))}
        """;

    internal string AddValueCounts(string source, string where) => $"""
        INSERT INTO {ValueCountTable} {SelectValueCounts(source, where)}
        ON CONFLICT ({ValueKeys}) DO UPDATE SET n = n + excluded.n
        """;

    /// <summary>Takes the groups of <see cref="Select"/> away from the stored ones.</summary>
    internal string Subtract(string source, string where) => $"""
        UPDATE {_table} AS a SET {string.Join(", ", _columns.Select(Less))}
        FROM ({Select(source, where)}) AS d
        WHERE {Join(Keys)}
        """;

    internal string SubtractValueCounts(string source, string where) => $"""
        UPDATE {ValueCountTable} AS a SET n = a.n - d.n
        FROM ({SelectValueCounts(source, where)}) AS d
        WHERE {Join(ValueKeys)}
        """;

    /// <summary>Removes the journey's groups that no fact is left in (parameter <c>$journey</c>).</summary>
    internal string RemoveEmpty() => $"DELETE FROM {_table} WHERE journey_id = $journey AND {_columns[0].Name} = 0";

    internal static string RemoveEmptyValueCounts() => $"DELETE FROM {ValueCountTable} WHERE journey_id = $journey AND n = 0";

    // A sum whose values are all gone is exactly zero, not what is left of subtracting reals.
    private static string Less(AggregateColumn c) => c is { IsExact: false, CountColumn: { } n }
        ? $"{c.Name} = CASE WHEN a.{n} = d.{n} THEN 0 ELSE a.{c.Name} - d.{c.Name} END"
        : $"{c.Name} = a.{c.Name} - d.{c.Name}";

    private static string Join(string keys) =>
        string.Join(" AND ", keys.Split(", ").Select(k => $"a.{k} = d.{k}"));
}
