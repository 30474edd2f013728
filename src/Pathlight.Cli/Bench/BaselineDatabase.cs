using System.Globalization;
using DuckDB.NET.Data;
using Pathlight.Metrics;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The baseline: a separate DuckDB file with the CSV loaded by DuckDB's own <c>read_csv</c> into one plain table
/// (no keys, no checks), queried with the plain SQL an analyst would write. One connection stays open throughout.
/// </summary>
internal sealed class BaselineDatabase : IDisposable
{
    private readonly DuckDBConnection _connection;

    public BaselineDatabase(string path)
    {
        _connection = new DuckDBConnection($"Data Source={path}");
        _connection.Open();
    }

    public string Version() => Convert.ToString(Scalar("SELECT version()"), CultureInfo.InvariantCulture) ?? "";

    /// <summary>Loads the CSV into the table <c>responses</c> and returns its row count.</summary>
    public long Import(string csv)
    {
        var file = csv.Replace("'", "''", StringComparison.Ordinal);
        Execute($"""
            CREATE OR REPLACE TABLE responses AS
            SELECT * FROM read_csv('{file}', header = true, auto_detect = false, columns = {'{'}
                'id': 'VARCHAR', 'touchpoint': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'customer_id': 'VARCHAR',
                'nps': 'TINYINT', 'csat': 'TINYINT', 'ces': 'TINYINT', 'expectation': 'TINYINT', 'reality': 'TINYINT',
                'expectations_met': 'BOOLEAN', 'would_return': 'BOOLEAN', 'would_recommend': 'BOOLEAN', 'region': 'VARCHAR'
            {'}'})
            """);
        return Convert.ToInt64(Scalar("SELECT count(*) FROM responses"), CultureInfo.InvariantCulture);
    }

    /// <summary>The per-touchpoint sufficient statistics, relationship responses under a null touchpoint.</summary>
    public JourneyStatistics Scorecard()
    {
        var statistics = new JourneyStatistics();
        using var command = Command($"SELECT touchpoint, {BaselineStatistics.SelectList} FROM responses GROUP BY touchpoint");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var group = BaselineStatistics.Read(reader, 1);
            if (reader.IsDBNull(0)) statistics.Relationship.Merge(group);
            else statistics.Responses[reader.GetString(0)] = group;
        }

        return statistics;
    }

    /// <summary>The same statistics per calendar month and touchpoint.</summary>
    public IReadOnlyList<PeriodStatistics> MonthlyTrend()
    {
        var periods = new List<PeriodStatistics>();
        using var command = Command($"""
            SELECT date_trunc('month', timestamp) AS month, touchpoint, {BaselineStatistics.SelectList}
            FROM responses GROUP BY month, touchpoint
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var month = DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc);
            periods.Add(new PeriodStatistics(month, reader.IsDBNull(1) ? null : reader.GetString(1), BaselineStatistics.Read(reader, 2)));
        }

        return periods;
    }

    /// <summary>Every response of one customer in time order, each row read in full; returns how many there were.</summary>
    public int Timeline(string customer)
    {
        using var command = Command("SELECT * FROM responses WHERE customer_id = $customer ORDER BY timestamp, id");
        command.Parameters.Add(new DuckDBParameter("customer", customer));
        using var reader = command.ExecuteReader();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    public DuckDBCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }
}
