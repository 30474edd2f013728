using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Appends batches of one kind of fact. Each batch is one transaction: the rows go through DuckDB's appender
/// into a staging table (an id repeated within the batch only at its first occurrence), then <c>INSERT OR
/// IGNORE</c> moves them into the fact table, so a row whose id is already stored changes nothing and is counted
/// as a duplicate. Responses and interactions also add the statistics of the rows that were new to the
/// journey's aggregates, in the same transaction.
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
    public int Write(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return 0;
        }

        lock (_writeLock)
        {
            using (var transaction = _connection.BeginTransaction())
            {
                var aggregates = Aggregates();
                var staged = Stage(facts);
                var inserted = _connection.Execute($"INSERT OR IGNORE INTO {_table} SELECT * FROM {_staging}");
                if (inserted == staged.Count || inserted == 0 || aggregates is null)
                {
                    if (inserted > 0 && aggregates is not null)
                    {
                        AddToAggregates(aggregates);
                    }

                    _connection.Execute($"DELETE FROM {_staging}");
                    transaction.Commit();
                    return inserted;
                }
            }

            // Some rows were new and some already stored. The count cannot say which, so the batch was rolled back;
            // written again, the insert returns the new ids. Whole replays and fresh batches never come here.
            return WriteNew(facts).Count;
        }
    }

    /// <summary>
    /// Writes one batch in one transaction and returns the ids that were new, for callers that answer per item
    /// (the ingest API). A little slower than <see cref="Write"/>, which only counts.
    /// </summary>
    public IReadOnlySet<string> WriteReturningIds(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        lock (_writeLock)
        {
            return WriteNew(facts);
        }
    }

    private HashSet<string> WriteNew(IReadOnlyList<Fact> facts)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        using var transaction = _connection.BeginTransaction();
        var aggregates = Aggregates();
        var staged = Stage(facts);
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
