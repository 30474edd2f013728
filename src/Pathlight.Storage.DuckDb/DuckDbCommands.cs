using DuckDB.NET.Data;

namespace Pathlight.Storage.DuckDb;

/// <summary>Small helpers for running SQL with named parameters on a DuckDB connection.</summary>
internal static class DuckDbCommands
{
    internal static int Execute(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    internal static object? Scalar(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>The parameters of an <c>IN (...)</c> list: the text <c>$prefix0, $prefix1, …</c> and the values it names.</summary>
    internal static (string List, (string Name, object? Value)[] Parameters) InList(string prefix, IReadOnlyCollection<long> values)
    {
        var names = values.Select((_, i) => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (string.Join(", ", names.Select(n => "$" + n)), [.. names.Zip(values, (n, v) => (n, (object?)v))]);
    }

    internal static DuckDBCommand Command(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
