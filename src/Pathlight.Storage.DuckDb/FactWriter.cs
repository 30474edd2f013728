using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Appends batches of one kind of fact. Each batch is one transaction: the rows go through DuckDB's appender
/// into a staging table (an id repeated within the batch only at its first occurrence), then <c>INSERT OR
/// IGNORE</c> moves them into the fact table, so a row whose id is already stored changes nothing and is counted
/// as a duplicate. The rows it did not insert are then dropped from the staging table, and the statistics of
/// those left, the really new ones, are added to the journey's aggregates (responses and interactions), all in
/// the same transaction.
/// </summary>
public sealed class FactWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly Journey _journey;
    private readonly FactKind _kind;
    private readonly Lock _writeLock;
    private readonly string _table;
    private readonly string _staging;
    private readonly string _ignored;
    private AggregateSql? _aggregates;
    private AggregateLayout? _layout;
    private bool _ignoredCreated;

    internal FactWriter(DuckDBConnection connection, Journey journey, FactKind kind, Lock writeLock)
    {
        _connection = connection;
        _journey = journey;
        _kind = kind;
        _writeLock = writeLock;
        _table = TableOf(kind);
        _staging = "staging_" + _table;
        _ignored = _staging + "_ignored";
        _connection.Execute($"CREATE TEMP TABLE {_staging} AS SELECT * FROM {_table} LIMIT 0");
    }

    /// <summary>Writes one batch in one transaction and returns how many facts were new.</summary>
    public int Write(IReadOnlyList<Fact> facts) => WriteReturningIds(facts).Count;

    /// <summary>Writes one batch in one transaction and returns the ids that were new.</summary>
    public IReadOnlySet<string> WriteReturningIds(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var inserted = new HashSet<string>(facts.Count, StringComparer.Ordinal);
        if (facts.Count == 0)
        {
            return inserted;
        }

        lock (_writeLock)
        {
            using var transaction = _connection.BeginTransaction();
            var aggregates = Aggregates();
            var staged = Stage(facts);
            // The insert's own conflict check is the only index-backed way to tell new ids from stored ones: a
            // join against the fact table before it would scan every stored id for each batch.
            using (var command = _connection.Command($"INSERT OR IGNORE INTO {_table} SELECT * FROM {_staging} RETURNING id"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    inserted.Add(reader.GetString(0));
                }
            }

            if (aggregates is not null && inserted.Count > 0)
            {
                if (inserted.Count < staged.Count)
                {
                    staged.ExceptWith(inserted);
                    DropFromStaging(staged);
                }

                AddToAggregates(aggregates);
            }

            _connection.Execute($"DELETE FROM {_staging}");
            transaction.Commit();
        }

        return inserted;
    }

    // Resolved inside each batch's transaction, before its rows are inserted: when the journey has no aggregates
    // yet they are built from the facts already stored, which must not include this batch.
    private AggregateSql? Aggregates()
    {
        if (!AggregateSql.IsAggregated(_kind))
        {
            return null;
        }

        var layout = AggregateMaintenance.LayoutFor(_connection, _journey);
        if (_layout is null || !_layout.SameAs(layout))
        {
            _layout = layout;
            _aggregates = new AggregateSql(layout, _kind);
        }

        return _aggregates;
    }

    private void AddToAggregates(AggregateSql aggregates)
    {
        _connection.Execute(aggregates.Add(_staging, "true"));
        if (aggregates.CountsValues)
        {
            _connection.Execute(aggregates.AddValueCounts(_staging, "true"));
        }
    }

    private void DropFromStaging(IEnumerable<string> ids)
    {
        if (!_ignoredCreated)
        {
            _connection.Execute($"CREATE TEMP TABLE {_ignored} (id VARCHAR)");
            _ignoredCreated = true;
        }

        using (var appender = _connection.CreateAppender("temp", "main", _ignored))
        {
            foreach (var id in ids)
            {
                appender.CreateRow().AppendValue(id).EndRow();
            }
        }

        _connection.Execute($"DELETE FROM {_staging} WHERE id IN (SELECT id FROM {_ignored})");
        _connection.Execute($"DELETE FROM {_ignored}");
    }

    /// <summary>Appends the first occurrence of each id to the staging table; returns the ids staged.</summary>
    private HashSet<string> Stage(IReadOnlyList<Fact> facts)
    {
        var staged = new HashSet<string>(facts.Count, StringComparer.Ordinal);
        using var appender = _connection.CreateAppender("temp", "main", _staging);
        foreach (var fact in facts)
        {
            if (staged.Add(fact.Id))
            {
                FactRows.Append(appender.CreateRow(), fact, _kind, _journey.Id);
            }
        }

        return staged;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    internal static string TableOf(FactKind kind) => kind switch
    {
        FactKind.Interaction => "interactions",
        FactKind.Response => "responses",
        FactKind.Case => "cases",
        FactKind.Outcome => "outcomes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
