using DuckDB.NET.Data;

namespace Pathlight.Tests.Helpers;

/// <summary>Plain SQL against a DuckDB file, independent of the store's own code.</summary>
public static class DuckDbFile
{
    /// <summary>Every row of a query, as column name to value (DBNull becomes null).</summary>
    public static List<Dictionary<string, object?>> Query(string path, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static long Count(string path, string table) =>
        Convert.ToInt64(Query(path, $"SELECT count(*) AS n FROM {table}")[0]["n"], System.Globalization.CultureInfo.InvariantCulture);

    public static void Execute(string path, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
