using System.Data.Common;
using System.Globalization;

namespace Pathlight.Storage.DuckDb;

/// <summary>Reading a column that may be NULL, and timestamps as UTC, the way every store query needs them.</summary>
internal static class ReaderValues
{
    internal static string? Text(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    internal static bool? Flag(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetBoolean(column);

    internal static double? Real(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    internal static long? Whole(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt64(column);

    /// <summary>A TINYINT or SMALLINT column (DuckDB.NET gives them as their own types) as an int.</summary>
    internal static int? Small(this DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    /// <summary>A TIMESTAMP column, which the store keeps in UTC.</summary>
    internal static DateTime Utc(this DbDataReader reader, int column) => DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);
}
