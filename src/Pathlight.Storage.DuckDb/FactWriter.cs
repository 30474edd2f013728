using System.Text.Json;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Appends batches of one kind of fact. Each batch is one transaction: the rows go through DuckDB's appender
/// into a staging table, rows whose id is already stored (or repeated within the batch) are dropped there and
/// counted as duplicates, the new facts' identifiers are stitched into customers, and the rest moves into the
/// fact table.
/// </summary>
public sealed class FactWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _journeyId;
    private readonly FactKind _kind;
    private readonly string _table;
    private readonly string _staging;
    private readonly IdentityGraph _identities;
    private readonly IdentifierPseudonymizer? _pseudonymizer;

    internal FactWriter(DuckDBConnection connection, Journey journey, FactKind kind, IdentifierPseudonymizer? pseudonymizer)
    {
        _connection = connection;
        _journeyId = journey.Id;
        _kind = kind;
        _pseudonymizer = pseudonymizer;
        _identities = new IdentityGraph(connection, journey);
        // Temp tables made inside a batch's transaction would vanish with a failed batch.
        _identities.MakeTables();
        _table = TableOf(kind);
        _staging = "staging_" + _table;
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

        using var transaction = _connection.BeginTransaction();
        var inserted = WriteNew(facts).Count;
        transaction.Commit();
        return inserted;
    }

    /// <summary>
    /// Writes one batch in one transaction and returns the ids that were new, for callers that answer per item
    /// (the ingest API). A little slower than <see cref="Write"/>, which only counts.
    /// </summary>
    public IReadOnlySet<string> WriteReturningIds(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (facts.Count == 0)
        {
            return inserted;
        }

        using var transaction = _connection.BeginTransaction();
        foreach (var fact in WriteNew(facts))
        {
            inserted.Add(fact.Id);
        }

        transaction.Commit();
        return inserted;
    }

    /// <summary>
    /// Resolves the batch's identifiers, stages its first occurrences with their anchor identifier, moves the new ones
    /// in (the primary key turns away ids already stored) and stitches their identifiers; returns the new facts.
    /// </summary>
    private List<Fact> WriteNew(IReadOnlyList<Fact> facts)
    {
        var staged = new List<Fact>(facts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (seen.Add(fact.Id))
            {
                staged.Add(_pseudonymizer is null ? fact : Pseudonymized(fact));
            }
        }

        var nodes = _identities.Resolve(staged);
        using (var appender = _connection.CreateAppender("temp", "main", _staging))
        {
            foreach (var fact in staged)
            {
                Append(appender.CreateRow(), fact, fact.Identifiers.Count == 0 ? null : nodes.Ids[fact.Identifiers[0]]);
            }
        }

        var inserted = new HashSet<string>(StringComparer.Ordinal);
        using (var command = _connection.Command($"INSERT OR IGNORE INTO {_table} SELECT * FROM {_staging} RETURNING id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                inserted.Add(reader.GetString(0));
            }
        }

        _connection.Execute($"DELETE FROM {_staging}");
        var fresh = inserted.Count == staged.Count ? staged : staged.Where(f => inserted.Contains(f.Id)).ToList();
        _identities.Link(_kind, fresh, nodes, duplicates: fresh.Count < staged.Count);
        return fresh;
    }

    private Fact Pseudonymized(Fact fact)
    {
        var identifiers = fact.Identifiers.Select(_pseudonymizer!.Pseudonymize).ToList();
        var customerId = identifiers.FirstOrDefault(i => i.Kind == IdentifierKinds.CustomerId).Value;
        return fact with { CustomerId = customerId, Identifiers = identifiers };
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

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
