using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Removes facts of a journey inside the caller's transaction (with their share of the aggregates, see
/// <see cref="FactDeletion"/>; the caller holds the store's write lock) and repairs the identity graph after them: the links
/// those facts carried are derived again from the facts that remain, identifiers no fact carries any more are
/// dropped, shared identifiers are counted again, and the customers concerned are regrouped, so the store ends as if
/// the removed facts had never been imported.
/// </summary>
internal sealed class FactRemoval
{
    private readonly DuckDBConnection _connection;
    private readonly Journey _journey;
    private readonly IdentityGraph _graph;

    public FactRemoval(DuckDBConnection connection, Journey journey)
    {
        _connection = connection;
        _journey = journey;
        _graph = new IdentityGraph(connection, journey);
        _graph.MakeTables();
        connection.Execute("""
            CREATE TEMP TABLE IF NOT EXISTS removed_facts (kind VARCHAR, id VARCHAR, identity_id BIGINT);
            CREATE TEMP TABLE IF NOT EXISTS removed_nodes (id BIGINT);
            CREATE TEMP TABLE IF NOT EXISTS dropped_keys (key VARCHAR);
            DELETE FROM removed_facts;
            DELETE FROM removed_nodes;
            DELETE FROM dropped_keys;
            """);
    }

    /// <summary>Removes the facts of one kind matching <paramref name="where"/> (over the fact table); returns how many.</summary>
    public long RemoveFacts(FactKind kind, string where, params (string Name, object? Value)[] parameters)
    {
        var table = FactWriter.TableOf(kind);
        var name = FactKinds.NameOf(kind);
        _connection.Execute($"""
            INSERT INTO removed_facts SELECT '{name}', id, identity_id FROM {table} WHERE journey_id = $journey AND ({where})
            """, [("journey", _journey.Id), .. parameters]);
        return FactDeletion.Delete(_connection, _journey, kind, $"id IN (SELECT id FROM removed_facts WHERE kind = '{name}')");
    }

    /// <summary>
    /// Marks every identifier of the customer with this key for removal and deletes the merge history about them;
    /// <see cref="Repair"/> then drops the identifiers with their links. Call after removing the customer's facts.
    /// </summary>
    /// <returns>How many identifiers and history entries go.</returns>
    public (long Identifiers, long Events) RemoveCustomer(string key)
    {
        var identifiers = _connection.Execute("INSERT INTO removed_nodes SELECT id FROM identities WHERE journey_id = $journey AND customer_key = $key",
            ("journey", _journey.Id), ("key", key));
        // Other customers' history can name the customer too: a split from them or a merge of them under a key that was
        // one of theirs (merged_key, and the detail that quotes it), or a link their erased fact carried.
        var events = _connection.Execute("""
            DELETE FROM identity_events WHERE journey_id = $journey
              AND (customer_key = $key OR a_id IN (SELECT id FROM removed_nodes) OR b_id IN (SELECT id FROM removed_nodes)
                   OR merged_key = $key
                   OR merged_key IN (SELECT CASE WHEN kind = 'customer_id' THEN value ELSE kind || ':' || value END
                                     FROM identities WHERE id IN (SELECT id FROM removed_nodes))
                   OR EXISTS (SELECT 1 FROM removed_facts r WHERE r.kind = identity_events.fact_kind AND r.id = identity_events.fact_id))
            """, ("journey", _journey.Id), ("key", key));
        _connection.Execute("DELETE FROM fact_identifiers WHERE journey_id = $journey AND identity_id IN (SELECT id FROM removed_nodes)",
            ("journey", _journey.Id));
        return (identifiers, events);
    }

    /// <summary>
    /// Repairs the identity graph after <see cref="RemoveFacts"/> (and <see cref="RemoveCustomer"/>): returns how many
    /// identifiers were left without facts and dropped, and how many links went with them.
    /// </summary>
    public (long Identifiers, long Links) Repair()
    {
        var journey = ("journey", (object?)_journey.Id);
        // The identifiers the removed facts carried, and every identifier linked to them: their links and counts change.
        _connection.Execute("""
            CREATE OR REPLACE TEMP TABLE touched_nodes AS
            SELECT DISTINCT id FROM (
                SELECT identity_id AS id FROM removed_facts WHERE identity_id IS NOT NULL
                UNION ALL SELECT fi.identity_id FROM fact_identifiers fi JOIN removed_facts r ON r.kind = fi.fact_kind AND r.id = fi.fact_id
                UNION ALL SELECT id FROM removed_nodes)
            """);
        _connection.Execute("""
            DELETE FROM fact_identifiers fi WHERE journey_id = $journey
              AND EXISTS (SELECT 1 FROM removed_facts r WHERE r.kind = fi.fact_kind AND r.id = fi.fact_id)
            """, journey);
        _connection.Execute("""
            INSERT INTO touched_nodes SELECT DISTINCT CASE WHEN a IN (SELECT id FROM touched_nodes) THEN b ELSE a END
            FROM identity_links WHERE journey_id = $journey AND (a IN (SELECT id FROM touched_nodes) OR b IN (SELECT id FROM touched_nodes))
            """, journey);
        var unlinked = _connection.Execute("""
            DELETE FROM identity_links WHERE journey_id = $journey
              AND (a IN (SELECT id FROM touched_nodes) OR b IN (SELECT id FROM touched_nodes))
            """, journey);
        var relinked = RederiveLinks();
        var orphans = DropOrphans();
        var keys = new List<string>();
        using (var command = _connection.Command(
            "SELECT DISTINCT customer_key FROM identities WHERE id IN (SELECT id FROM touched_nodes) ORDER BY 1"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }
        }

        var wasShared = Ids("SELECT id FROM identities WHERE id IN (SELECT id FROM touched_nodes) AND shared");
        _connection.Execute("""
            UPDATE identities SET shared = false WHERE id IN (SELECT id FROM touched_nodes) AND kind <> 'customer_id' AND shared
            """);
        var stillShared = _graph.MarkShared(Ids("SELECT DISTINCT id FROM touched_nodes"), quiet: true).ToHashSet();
        _graph.Reanchor(wasShared.Where(id => !stillShared.Contains(id)).ToList());
        _graph.Regroup(keys, "facts were removed (an erasure or retention), which changed the links between its identifiers");
        ForgetDroppedKeys();
        _connection.Execute("DROP TABLE touched_nodes; DELETE FROM removed_facts; DELETE FROM removed_nodes;");
        return (orphans, unlinked - relinked);
    }

    /// <summary>
    /// Every link of a touched identifier that a remaining fact still carries (each pair of a fact's identifiers), the
    /// first fact by kind and id.
    /// </summary>
    private int RederiveLinks()
    {
        var anchors = string.Join("\nUNION ALL\n", Enum.GetValues<FactKind>().Select(kind => $"""
            SELECT fi.fact_kind, f.id AS fact_id, f.identity_id FROM {FactWriter.TableOf(kind)} f
            JOIN (SELECT DISTINCT fact_kind, fact_id FROM fact_identifiers WHERE journey_id = $journey AND fact_kind = '{FactKinds.NameOf(kind)}') fi
              ON fi.fact_id = f.id
            """));
        return _connection.Execute($"""
            INSERT INTO identity_links (journey_id, a, b, fact_kind, fact_id, linked_at)
            WITH carried AS (
                {anchors}
                UNION ALL SELECT fact_kind, fact_id, identity_id FROM fact_identifiers WHERE journey_id = $journey),
            touched_facts AS (
                SELECT DISTINCT fact_kind, fact_id FROM carried WHERE identity_id IN (SELECT id FROM touched_nodes)),
            pairs AS (
                SELECT x.identity_id AS a, y.identity_id AS b, x.fact_kind, x.fact_id
                FROM touched_facts t
                JOIN carried x ON x.fact_kind = t.fact_kind AND x.fact_id = t.fact_id
                JOIN carried y ON y.fact_kind = t.fact_kind AND y.fact_id = t.fact_id AND x.identity_id < y.identity_id)
            SELECT $journey, a, b, fact_kind, fact_id, $now FROM pairs c
            WHERE NOT EXISTS (SELECT 1 FROM identity_links l WHERE l.a = c.a AND l.b = c.b)
            QUALIFY row_number() OVER (PARTITION BY a, b ORDER BY fact_kind, fact_id) = 1
            """, ("journey", _journey.Id), ("now", DateTime.UtcNow));
    }

    private List<long> Ids(string sql)
    {
        var ids = new List<long>();
        using var command = _connection.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>
    /// History must not name a dropped identifier either: entries kept under its key (no customer has it any more)
    /// go, and entries that quote it as the key of a customer merged or split are kept without it. The keys stay in
    /// <c>dropped_keys</c> for the caller (webhook alerts name customers by key).
    /// </summary>
    private void ForgetDroppedKeys()
    {
        var journey = ("journey", (object?)_journey.Id);
        _connection.Execute("DELETE FROM dropped_keys WHERE key IN (SELECT customer_key FROM identities WHERE journey_id = $journey)", journey);
        _connection.Execute("DELETE FROM identity_events WHERE journey_id = $journey AND customer_key IN (SELECT key FROM dropped_keys)", journey);
        _connection.Execute("""
            UPDATE identity_events SET merged_key = NULL, detail = replace(detail, merged_key, 'a customer whose identifiers are no longer held')
            WHERE journey_id = $journey AND merged_key IN (SELECT key FROM dropped_keys)
            """, journey);
    }

    private long DropOrphans()
    {
        var carriedBy = string.Join(" OR ", Enum.GetValues<FactKind>().Select(kind =>
            $"EXISTS (SELECT 1 FROM {FactWriter.TableOf(kind)} f WHERE f.identity_id = i.id)"));
        _connection.Execute($"""
            CREATE OR REPLACE TEMP TABLE orphan_nodes AS
            SELECT i.id FROM identities i WHERE i.id IN (SELECT id FROM touched_nodes)
              AND NOT ({carriedBy}) AND NOT EXISTS (SELECT 1 FROM fact_identifiers fi WHERE fi.identity_id = i.id)
            """);
        _connection.Execute("""
            INSERT INTO dropped_keys SELECT CASE WHEN kind = 'customer_id' THEN value ELSE kind || ':' || value END
            FROM identities WHERE id IN (SELECT id FROM orphan_nodes);
            DELETE FROM identity_events WHERE a_id IN (SELECT id FROM orphan_nodes) OR b_id IN (SELECT id FROM orphan_nodes);
            DELETE FROM identity_links WHERE a IN (SELECT id FROM orphan_nodes) OR b IN (SELECT id FROM orphan_nodes);
            """);
        var dropped = _connection.Execute("DELETE FROM identities WHERE id IN (SELECT id FROM orphan_nodes)");
        _connection.Execute("DROP TABLE orphan_nodes");
        return dropped;
    }
}
