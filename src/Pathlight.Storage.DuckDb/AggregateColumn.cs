namespace Pathlight.Storage.DuckDb;

/// <summary>
/// One sufficient statistic: its column in an aggregate table and the SQL that computes it over a group of fact
/// rows. Raw reports and aggregate maintenance both use <see cref="Expression"/>, so the two cannot drift apart.
/// </summary>
/// <param name="Name">The column in the aggregate table.</param>
/// <param name="Expression">An aggregate over fact rows giving the value, never null.</param>
/// <param name="IsSum">A moment sum, read as DOUBLE; otherwise a count, read as BIGINT.</param>
/// <param name="IsExact">Stored as BIGINT (integer scores, so sums are exact); otherwise DOUBLE.</param>
/// <param name="CountColumn">For a sum, the count of the values it adds up: when that falls to zero on a
/// deletion the sum is set to exactly zero rather than left with rounding residue.</param>
internal sealed record AggregateColumn(string Name, string Expression, bool IsSum, bool IsExact, string? CountColumn = null)
{
    /// <summary>A count of rows or answers.</summary>
    public static AggregateColumn Count(string name, string expression) => new(name, expression, IsSum: false, IsExact: true);

    /// <summary>The sum of an integer expression: stored exactly.</summary>
    public static AggregateColumn IntegerSum(string name, string expression, string countColumn) =>
        new(name, $"coalesce(sum({expression}), 0)::BIGINT", IsSum: true, IsExact: true, countColumn);

    /// <summary>The sum of a real expression.</summary>
    public static AggregateColumn RealSum(string name, string expression, string countColumn) =>
        new(name, $"coalesce(sum({expression}), 0)::DOUBLE", IsSum: true, IsExact: false, countColumn);

    /// <summary>The expression as a raw report reads it: counts as BIGINT, sums as DOUBLE.</summary>
    public string RawSelect => IsSum ? $"{Expression}::DOUBLE" : Expression;

    /// <summary>The stored column summed over aggregate rows, typed as <see cref="RawSelect"/> is.</summary>
    public string AggregateSelect => IsSum ? $"coalesce(sum({Name}), 0)::DOUBLE" : $"coalesce(sum({Name}), 0)::BIGINT";

    /// <summary>The column's SQL type in the aggregate table.</summary>
    public string SqlType => IsExact ? "BIGINT" : "DOUBLE";
}
