using System.Text.Json;
using DuckDB.NET.Data;
using Pathlight.Facts;

namespace Pathlight.Storage.DuckDb;

/// <summary>Appends a fact as one row of its table, columns in table order.</summary>
internal static class FactRows
{
    internal static void Append(IDuckDBAppenderRow row, Fact fact, FactKind kind, string journeyId)
    {
        if (fact.Kind != kind)
        {
            throw new ArgumentException($"A {fact.Kind} fact cannot be written by the {kind} writer.", nameof(fact));
        }

        switch (fact)
        {
            case InteractionFact i:
                row.AppendValue(i.Id).AppendValue(journeyId).AppendValue(i.TouchpointId).AppendValue(i.Channel)
                    .AppendValue(i.At).AppendValue(i.CustomerId).AppendValue(i.Success).AppendValue(i.DurationSeconds)
                    .AppendValue(i.Value);
                break;
            case ResponseFact r:
                row.AppendValue(r.Id).AppendValue(journeyId).AppendValue(r.TouchpointId).AppendValue(r.At)
                    .AppendValue(r.CustomerId).AppendValue(Small(r.Nps)).AppendValue(Small(r.Csat)).AppendValue(Small(r.Ces))
                    .AppendValue(Small(r.Expectation)).AppendValue(Small(r.Reality)).AppendValue(r.ExpectationsMet)
                    .AppendValue(r.WouldReturn).AppendValue(r.WouldRecommend).AppendValue(r.Comment);
                break;
            case CaseFact c:
                row.AppendValue(c.Id).AppendValue(journeyId).AppendValue(c.TouchpointId).AppendValue(c.CustomerId)
                    .AppendValue(c.Channel).AppendValue(c.Category).AppendValue(c.Opened).AppendValue(c.Resolved)
                    .AppendValue(c.Contacts).AppendValue(c.FirstContactResolution).AppendValue(c.Reopened);
                break;
            case OutcomeFact o:
                row.AppendValue(o.Id).AppendValue(journeyId).AppendValue(o.CustomerId).AppendValue(o.OutcomeKind)
                    .AppendValue(o.At).AppendValue(o.Value);
                break;
            default:
                throw new ArgumentException($"Unknown fact type {fact.GetType().Name}.", nameof(fact));
        }

        row.AppendValue(fact.Attributes.Count == 0 ? null : JsonSerializer.Serialize(fact.Attributes)).EndRow();
    }

    private static sbyte? Small(int? value) => value is { } v ? checked((sbyte)v) : null;
}
