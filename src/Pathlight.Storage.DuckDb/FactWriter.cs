using System.Text.Json;
using DuckDB.NET.Data;
using Pathlight.Facts;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Appends batches of one kind of fact. Each batch is one transaction: the rows go through DuckDB's appender
/// into a staging table, then <c>INSERT OR IGNORE</c> moves them into the fact table, so a row whose id is
/// already stored (or repeated within the batch) changes nothing and is counted as a duplicate.
/// </summary>
public sealed class FactWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _journeyId;
    private readonly FactKind _kind;
    private readonly string _table;
    private readonly string _staging;

    internal FactWriter(DuckDBConnection connection, string journeyId, FactKind kind)
    {
        _connection = connection;
        _journeyId = journeyId;
        _kind = kind;
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
        Stage(facts);
        var inserted = _connection.Execute($"INSERT OR IGNORE INTO {_table} SELECT * FROM {_staging}");
        _connection.Execute($"DELETE FROM {_staging}");
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
        Stage(facts);
        using (var command = _connection.Command($"INSERT OR IGNORE INTO {_table} SELECT * FROM {_staging} RETURNING id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                inserted.Add(reader.GetString(0));
            }
        }

        _connection.Execute($"DELETE FROM {_staging}");
        transaction.Commit();
        return inserted;
    }

    private void Stage(IReadOnlyList<Fact> facts)
    {
        using var appender = _connection.CreateAppender("temp", "main", _staging);
        foreach (var fact in facts)
        {
            Append(appender.CreateRow(), fact);
        }
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

        row.AppendValue(fact.Attributes.Count == 0 ? null : JsonSerializer.Serialize(fact.Attributes)).EndRow();
    }

    private static sbyte? Small(int? value) => value is { } v ? checked((sbyte)v) : null;
}
