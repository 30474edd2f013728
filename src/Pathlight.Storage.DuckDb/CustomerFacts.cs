using System.Data.Common;
using System.Text.Json;
using DuckDB.NET.Data;
using Pathlight.Facts;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Reads one stitched customer's facts straight from the fact tables by the identity nodes they are filed under, rather
/// than through the views, which join every fact to its customer first.
/// </summary>
internal static class CustomerFacts
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>The ids of the identity nodes of a customer: the identifiers their facts are filed under.</summary>
    internal static List<long> Nodes(DuckDBConnection connection, string journeyId, string key)
    {
        using var command = connection.Command("SELECT id FROM identities WHERE journey_id = $journey AND customer_key = $key",
            ("journey", journeyId), ("key", key));
        using var reader = command.ExecuteReader();
        var nodes = new List<long>();
        while (reader.Read())
        {
            nodes.Add(reader.GetInt64(0));
        }

        return nodes;
    }

    /// <summary>Every fact filed under one of the nodes, of all four kinds, in no particular order, as the customer's.</summary>
    /// <remarks>A node belongs to one journey, so its facts are all of that journey.</remarks>
    internal static List<Fact> Read(DuckDBConnection connection, string key, IReadOnlyCollection<long> nodes)
    {
        var facts = new List<Fact>();
        if (nodes.Count == 0) return facts;

        using (var command = Select(connection,
            "id, touchpoint_id, channel, ts, success, duration_seconds, value, attributes", "fact_interactions", nodes))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new InteractionFact(reader.GetString(0), reader.GetString(1), reader.Text(2), reader.Utc(3), key,
                    reader.Flag(4), reader.Real(5), reader.Real(6), Attributes(reader, 7)));
            }
        }

        using (var command = Select(connection, """
            id, touchpoint_id, ts, nps, csat, ces, expectation, reality, expectations_met, would_return, would_recommend, comment,
            attributes
            """, "fact_responses", nodes))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new ResponseFact(reader.GetString(0), reader.Text(1), reader.Utc(2), key, reader.Small(3),
                    reader.Small(4), reader.Small(5), reader.Small(6), reader.Small(7), reader.Flag(8), reader.Flag(9),
                    reader.Flag(10), reader.Text(11), Attributes(reader, 12)));
            }
        }

        using (var command = Select(connection,
            "id, touchpoint_id, channel, category, opened_at, resolved_at, contacts, first_contact_resolution, reopened, attributes",
            "fact_cases", nodes))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new CaseFact(reader.GetString(0), reader.Text(1), key, reader.Text(2), reader.Text(3), reader.Utc(4),
                    reader.IsDBNull(5) ? null : reader.Utc(5), reader.GetInt32(6), reader.Flag(7), reader.Flag(8), Attributes(reader, 9)));
            }
        }

        using (var command = Select(connection, "id, kind, ts, value, attributes", "fact_outcomes", nodes))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                facts.Add(new OutcomeFact(reader.GetString(0), key, reader.GetString(1), reader.Utc(2), reader.Real(3),
                    Attributes(reader, 4)));
            }
        }

        return facts;
    }

    private static DuckDBCommand Select(DuckDBConnection connection, string columns, string table, IReadOnlyCollection<long> nodes)
    {
        var (list, parameters) = DuckDbCommands.InList("node", nodes);
        return connection.Command($"SELECT {columns.Trim()} FROM {table} WHERE identity_id IN ({list})", parameters);
    }

    private static IReadOnlyDictionary<string, string> Attributes(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? NoAttributes : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(column)) ?? NoAttributes;
}
