using System.Diagnostics;
using System.Text.Json;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Appends batches of one kind of fact. Each batch is one transaction: the batch's identifiers are found or added,
/// the rows go through DuckDB's appender into a staging table (an id repeated within the batch only at its first
/// occurrence), then <c>INSERT OR IGNORE</c> moves them into the fact table, so a row whose id is already stored
/// changes nothing and is counted as a duplicate. The statistics of the rows really inserted are added to the
/// journey's aggregates (responses and interactions) and their identifiers stitched into customers, all in the
/// same transaction.
/// </summary>
/// <remarks>
/// <para>A bulk writer lowers DuckDB's worker threads to one fewer than the machine's cores until it is disposed. The
/// importer parses the next batch on a thread of its own meanwhile; with as many DuckDB workers as cores, they and the
/// parser compete, and the thread that runs each statement spins waiting for the workers. Measured on 2 cores importing
/// 1M responses: 9.2 s of CPU with one DuckDB thread against 13.5 s with two, in the same time on an idle machine and
/// sooner on a busy one.</para>
/// <para>It also caps DuckDB's memory at 1 GiB (a quarter of the machine's, if less). Without a cap DuckDB keeps the
/// growing primary-key and identity indexes in memory (its default limit is 80% of the machine), so the import's memory
/// grows with the store: 400 to 755 MB over a 10M-response import, against a steady 450 to 660 MB with a cap of 500 MB,
/// in the same 90 s.</para>
/// </remarks>
public sealed class FactWriter : IDisposable
{
    private const long BulkMemoryBytes = 1L << 30;
    private readonly DuckDBConnection _connection;
    private readonly Journey _journey;
    private readonly string _journeyId;
    private readonly FactKind _kind;
    private readonly Lock _writeLock;
    private readonly string _table;
    private readonly string _staging;
    private readonly IdentityGraph _identities;
    private readonly IdentifierPseudonymizer? _pseudonymizer;
    private readonly string _ignored;
    private long? _threadsBefore;
    private bool _memoryLimited;
    private AggregateSql? _aggregates;
    private AggregateLayout? _layout;

    internal FactWriter(DuckDBConnection connection, Journey journey, FactKind kind, Lock writeLock, IdentifierPseudonymizer? pseudonymizer,
        bool bulk = false)
    {
        _connection = connection;
        _journey = journey;
        _journeyId = journey.Id;
        _kind = kind;
        _writeLock = writeLock;
        _pseudonymizer = pseudonymizer;
        _identities = new IdentityGraph(connection, journey);
        // Temp tables made inside a batch's transaction would vanish with a failed batch.
        _identities.MakeTables();
        _table = TableOf(kind);
        _staging = "staging_" + _table;
        _ignored = _staging + "_ignored";
        _connection.Execute($"CREATE TEMP TABLE {_staging} AS SELECT * FROM {_table} LIMIT 0");
        _connection.Execute($"CREATE TEMP TABLE {_ignored} (id VARCHAR)");

        // Last, so that a writer that failed to open leaves the settings as they were.
        if (bulk)
        {
            LimitForBulk();
        }
    }

    /// <summary>Where the writer's time went so far.</summary>
    public WriteTimings Timings { get; } = new();

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
            Timings.CountBatch();
            using var transaction = _connection.BeginTransaction();
            foreach (var fact in WriteNew(facts))
            {
                inserted.Add(fact.Id);
            }

            var committing = Stopwatch.GetTimestamp();
            transaction.Commit();
            Timings.Committed(committing);
        }

        return inserted;
    }

    /// <summary>
    /// Resolves the batch's identifiers, stages its first occurrences with their anchor identifier, moves the new ones
    /// in (the primary key turns away ids already stored) and stitches their identifiers; returns the new facts.
    /// </summary>
    private List<Fact> WriteNew(IReadOnlyList<Fact> facts)
    {
        var started = Stopwatch.GetTimestamp();
        var staged = new List<Fact>(facts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (seen.Add(fact.Id))
            {
                staged.Add(_pseudonymizer is null ? fact : Pseudonymized(fact));
            }
        }

        var aggregates = Aggregates();
        started = Timings.Staged(started);
        var nodes = _identities.Resolve(staged);
        started = Timings.Identified(started);
        using (var appender = _connection.CreateAppender("temp", "main", _staging))
        {
            foreach (var fact in staged)
            {
                Append(appender.CreateRow(), fact, fact.Identifiers.Count == 0 ? null : nodes.Ids[fact.Identifiers[0]]);
            }
        }

        started = Timings.Staged(started);

        // The insert's own conflict check is the only index-backed way to tell new ids from stored ones: a join
        // against the fact table before it would scan every stored id for each batch.
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        using (var command = _connection.Command($"INSERT OR IGNORE INTO {_table} SELECT * FROM {_staging} RETURNING id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                inserted.Add(reader.GetString(0));
            }
        }

        started = Timings.Inserted(started);
        var fresh = inserted.Count == staged.Count ? staged : staged.Where(f => inserted.Contains(f.Id)).ToList();
        if (aggregates is not null && inserted.Count > 0)
        {
            if (fresh.Count < staged.Count)
            {
                DropFromStaging(staged.Where(f => !inserted.Contains(f.Id)).Select(f => f.Id));
            }

            AddToAggregates(aggregates);
        }

        _connection.Execute($"DELETE FROM {_staging}");
        started = Timings.Aggregated(started);
        _identities.Link(_kind, fresh, nodes, duplicates: fresh.Count < staged.Count);
        Timings.Identified(started);
        return fresh;
    }

    private Fact Pseudonymized(Fact fact)
    {
        var identifiers = fact.Identifiers.Select(_pseudonymizer!.Pseudonymize).ToList();
        var customerId = identifiers.FirstOrDefault(i => i.Kind == IdentifierKinds.CustomerId).Value;
        return fact with { CustomerId = customerId, Identifiers = identifiers };
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

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (_threadsBefore is { } threads)
            {
                _connection.Execute($"SET threads = {threads}");
            }

            if (_memoryLimited)
            {
                _connection.Execute("RESET memory_limit");
            }
        }
        finally
        {
            _connection.Dispose();
        }
    }

    private void LimitForBulk()
    {
        var threads = Convert.ToInt64(_connection.Scalar("SELECT current_setting('threads')"), System.Globalization.CultureInfo.InvariantCulture);
        var fewer = Math.Max(1, Environment.ProcessorCount - 1);
        if (fewer < threads)
        {
            _connection.Execute($"SET threads = {fewer}");
            _threadsBefore = threads;
        }

        // The store never sets a memory limit of its own, so the default is what RESET brings back.
        var budget = Math.Min(BulkMemoryBytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4) >> 20;
        _connection.Execute($"SET memory_limit = '{budget}MiB'");
        _memoryLimited = true;
    }

    internal static string TableOf(FactKind kind) => kind switch
    {
        FactKind.Interaction => "fact_interactions",
        FactKind.Response => "fact_responses",
        FactKind.Case => "fact_cases",
        FactKind.Outcome => "fact_outcomes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private void Append(IDuckDBAppenderRow row, Fact fact, long? identityId)
    {
        if (fact.Kind != _kind)
        {
            throw new ArgumentException($"A {fact.Kind} fact cannot be written by the {_kind} writer.", nameof(fact));
        }

        switch (fact)
        {
            case InteractionFact i:
                row.AppendValue(i.Id).AppendValue(_journeyId).AppendValue(i.TouchpointId).AppendValue(i.Channel)
                    .AppendValue(i.At).AppendValue(i.CustomerId).AppendValue(i.Success).AppendValue(i.DurationSeconds)
                    .AppendValue(i.Value);
                break;
            case ResponseFact r:
                row.AppendValue(r.Id).AppendValue(_journeyId).AppendValue(r.TouchpointId).AppendValue(r.At)
                    .AppendValue(r.CustomerId).AppendValue(Small(r.Nps)).AppendValue(Small(r.Csat)).AppendValue(Small(r.Ces))
                    .AppendValue(Small(r.Expectation)).AppendValue(Small(r.Reality)).AppendValue(r.ExpectationsMet)
                    .AppendValue(r.WouldReturn).AppendValue(r.WouldRecommend).AppendValue(r.Comment);
                break;
            case CaseFact c:
                row.AppendValue(c.Id).AppendValue(_journeyId).AppendValue(c.TouchpointId).AppendValue(c.CustomerId)
                    .AppendValue(c.Channel).AppendValue(c.Category).AppendValue(c.Opened).AppendValue(c.Resolved)
                    .AppendValue(c.Contacts).AppendValue(c.FirstContactResolution).AppendValue(c.Reopened);
                break;
            case OutcomeFact o:
                row.AppendValue(o.Id).AppendValue(_journeyId).AppendValue(o.CustomerId).AppendValue(o.OutcomeKind)
                    .AppendValue(o.At).AppendValue(o.Value);
                break;
            default:
                throw new ArgumentException($"Unknown fact type {fact.GetType().Name}.", nameof(fact));
        }

        row.AppendValue(fact.Attributes.Count == 0 ? null : JsonSerializer.Serialize(fact.Attributes))
            .AppendValue(identityId)
            .EndRow();
    }

    private static sbyte? Small(int? value) => value is { } v ? checked((sbyte)v) : null;
}
