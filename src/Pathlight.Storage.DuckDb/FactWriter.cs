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

    /// <summary>Stages the batch, drops duplicates, stitches identities and moves the new facts in; returns them.</summary>
    private List<Fact> WriteNew(IReadOnlyList<Fact> facts)
    {
        var fresh = new List<Fact>(facts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (seen.Add(fact.Id))
            {
                fresh.Add(_pseudonymizer is null ? fact : Pseudonymized(fact));
            }
        }

        using (var appender = _connection.CreateAppender("temp", "main", _staging))
        {
            foreach (var fact in fresh)
            {
                Append(appender.CreateRow(), fact);
            }
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var command = _connection.Command(
            $"DELETE FROM {_staging} s WHERE EXISTS (SELECT 1 FROM {_table} f WHERE f.id = s.id) RETURNING id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }

        if (stored.Count > 0)
        {
            fresh.RemoveAll(f => stored.Contains(f.Id));
        }

        _identities.Attach(_kind, fresh, _staging);
        _connection.Execute($"INSERT INTO {_table} SELECT * FROM {_staging}");
        _connection.Execute($"DELETE FROM {_staging}");
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

    private void Append(IDuckDBAppenderRow row, Fact fact)
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
            .AppendNullValue()
            .EndRow();
    }

    private static sbyte? Small(int? value) => value is { } v ? checked((sbyte)v) : null;
}
