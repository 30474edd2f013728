using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Stitches the identifiers of newly written facts into customers, incrementally, inside the writer's transaction.
/// Each identifier is a node (<c>identities</c>) carrying the key of the customer it belongs to; a fact links every
/// pair of its identifiers (<c>identity_links</c>) and is filed under one of them (see <see cref="FactAnchors"/>). A new
/// link joins two customers unless one end is shared (seen with more than the journey's maximum of customer_ids); the
/// moment an identifier becomes shared, the customer it had joined is split again along the remaining links and the
/// facts filed under it move to their most personal identifier that is not shared. Every merge and split is recorded
/// in <c>identity_events</c>.
/// </summary>
internal sealed class IdentityGraph(DuckDBConnection connection, Journey journey)
{
    private readonly FactAnchors _anchors = new(connection, journey);
    private readonly string _journeyId = journey.Id;
    private readonly int _maxCustomerIds = journey.Options.Identity.MaxCustomerIds;
    private bool _tablesMade;

    /// <summary>The identifiers of a batch with their node ids, and which nodes the batch created.</summary>
    internal sealed record BatchNodes(Dictionary<Identifier, long> Ids, List<long> Created);

    /// <summary>
    /// Finds or creates the node of every identifier the facts carry, before they are staged: each fact is staged
    /// under its most personal identifier, and <see cref="Link"/> moves the few whose one is shared.
    /// </summary>
    public BatchNodes Resolve(IReadOnlyList<Fact> facts)
    {
        var distinct = new HashSet<Identifier>();
        foreach (var fact in facts)
        {
            foreach (var identifier in fact.Identifiers)
            {
                distinct.Add(identifier);
            }
        }

        if (distinct.Count == 0)
        {
            return new BatchNodes([], []);
        }

        MakeTables();
        var (ids, created) = Resolve(distinct);
        return new BatchNodes(ids, created);
    }

    /// <summary>
    /// Stitches the facts just stored (<paramref name="facts"/>, each filed under its first identifier): links every
    /// pair of a fact's identifiers, joins the customers they connect, splits those an identifier that became shared
    /// had joined, and files again the facts whose identifier is shared. With <paramref name="duplicates"/>, some
    /// staged facts were already stored: nodes the batch created only for them are removed again.
    /// </summary>
    public void Link(FactKind kind, IReadOnlyList<Fact> facts, BatchNodes nodes, bool duplicates)
    {
        if (nodes.Ids.Count == 0)
        {
            return;
        }

        var ids = nodes.Ids;
        if (duplicates && nodes.Created.Count > 0)
        {
            var used = facts.SelectMany(f => f.Identifiers).Select(i => ids[i]).ToHashSet();
            var unused = nodes.Created.Where(id => !used.Contains(id)).ToList();
            if (unused.Count > 0)
            {
                FillIds(unused);
                connection.Execute("DELETE FROM identities WHERE id IN (SELECT id FROM identity_ids_in)");
                connection.Execute("DELETE FROM identity_ids_in");
            }
        }

        var multiple = facts.Where(f => f.Identifiers.Count > 1).ToList();
        if (multiple.Count == 0)
        {
            return;
        }

        var kindName = FactKinds.NameOf(kind);
        _anchors.WriteOthers(kindName, multiple, ids);

        // Every pair of a fact's identifiers is linked, not just its first to the others: when one of them is shared,
        // the others must still join each other.
        var links = new Dictionary<(long, long), string>();
        foreach (var fact in multiple)
        {
            var carried = fact.Identifiers.Select(i => ids[i]).Distinct().ToList();
            for (var i = 0; i < carried.Count; i++)
            {
                for (var j = i + 1; j < carried.Count; j++)
                {
                    links.TryAdd((Math.Min(carried[i], carried[j]), Math.Max(carried[i], carried[j])), fact.Id);
                }
            }
        }

        var added = AddLinks(links, kindName);
        var newlyShared = new List<long>();
        if (added.Count > 0)
        {
            var endpoints = added.SelectMany(l => new[] { l.A, l.B }).Distinct().ToList();
            newlyShared = MarkShared(endpoints);
            Merge(added, kindName);
            if (newlyShared.Count > 0)
            {
                var keys = Nodes(newlyShared).Select(n => n.Key).Distinct().ToList();
                Regroup(keys, "an identifier it shared became shared by more than " + _maxCustomerIds + " customer_ids", newlyShared);
            }
        }

        // Facts filed under an identifier that is shared (newly, or already before this batch) move to their most
        // personal one that is not.
        var shared = SharedAmong(multiple.Select(f => ids[f.Identifiers[0]]).Distinct().ToList());
        var move = newlyShared.Concat(multiple
            .Where(f => shared.Contains(ids[f.Identifiers[0]]) && f.Identifiers.Any(i => !shared.Contains(ids[i])))
            .Select(f => ids[f.Identifiers[0]])).Distinct().ToList();
        Reanchor(move);
    }

    /// <summary>Files again the stored facts that carry these identifiers, whose shared flag changed.</summary>
    public void Reanchor(IReadOnlyCollection<long> identifiers)
    {
        if (identifiers.Count == 0)
        {
            return;
        }

        FillIds(identifiers);
        _anchors.Reanchor();
        connection.Execute("DELETE FROM identity_ids_in");
    }

    private HashSet<long> SharedAmong(IReadOnlyCollection<long> ids)
    {
        FillIds(ids);
        var shared = new HashSet<long>();
        using (var command = connection.Command("SELECT id FROM identities WHERE shared AND id IN (SELECT id FROM identity_ids_in)"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                shared.Add(reader.GetInt64(0));
            }
        }

        connection.Execute("DELETE FROM identity_ids_in");
        return shared;
    }

    /// <summary>
    /// Recomputes the customers with these keys from their links: a shared identifier joins nothing, so a customer
    /// that was held together only through one falls apart into the pieces its other links connect.
    /// </summary>
    /// <param name="keys">The customers to recompute.</param>
    /// <param name="reason">Why, for the history.</param>
    /// <param name="causes">The identifiers that became shared, named in the split events of the customers they were in.</param>
    public void Regroup(IReadOnlyCollection<string> keys, string reason, IReadOnlyCollection<long>? causes = null)
    {
        if (keys.Count == 0)
        {
            return;
        }

        MakeTables();
        FillKeys(keys);
        var nodes = ReadNodes("SELECT id, kind, value, customer_key, shared FROM identities WHERE journey_id = $journey AND customer_key IN (SELECT key FROM identity_keys)");
        var byId = nodes.ToDictionary(n => n.Id);
        var union = new KeyUnion(key => nodes.Any(n => n.Kind == IdentifierKinds.CustomerId && n.Value == key));
        var own = nodes.ToDictionary(n => n.Id, OwnKey);
        using (var command = connection.Command("""
            SELECT l.a, l.b FROM identity_links l
            WHERE l.journey_id = $journey
              AND l.a IN (SELECT id FROM identities WHERE journey_id = $journey AND customer_key IN (SELECT key FROM identity_keys))
              AND l.b IN (SELECT id FROM identities WHERE journey_id = $journey AND customer_key IN (SELECT key FROM identity_keys))
            ORDER BY l.a, l.b
            """, ("journey", _journeyId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var (a, b) = (byId[reader.GetInt64(0)], byId[reader.GetInt64(1)]);
                if (!a.Shared && !b.Shared)
                {
                    union.Union(own[a.Id], own[b.Id]);
                }
            }
        }

        var newKeys = nodes.ToDictionary(n => n.Id, n => n.Shared ? own[n.Id] : union.Find(own[n.Id]));
        using (var appender = connection.CreateAppender("temp", "main", "identity_node_keys"))
        {
            foreach (var (id, key) in newKeys)
            {
                appender.CreateRow().AppendValue(id).AppendValue(key).EndRow();
            }
        }

        connection.Execute("UPDATE identities SET customer_key = m.key FROM identity_node_keys m WHERE identities.id = m.id");
        // History follows the identifiers it names when they still join anyone, else the customer whose key it was kept
        // under (the key is the own key of one of that customer's identifiers).
        connection.Execute("""
            UPDATE identity_events SET customer_key = coalesce(
                (SELECT m.key FROM identity_node_keys m JOIN identities i ON i.id = m.id WHERE m.id = identity_events.a_id AND NOT i.shared),
                (SELECT m.key FROM identity_node_keys m JOIN identities i ON i.id = m.id WHERE m.id = identity_events.b_id AND NOT i.shared),
                (SELECT m.key FROM identity_node_keys m JOIN identities i ON i.id = m.id
                 WHERE (CASE WHEN i.kind = 'customer_id' THEN i.value ELSE i.kind || ':' || i.value END) = identity_events.customer_key
                 ORDER BY i.kind <> 'customer_id' LIMIT 1),
                (SELECT m.key FROM identity_node_keys m WHERE m.id = identity_events.a_id),
                customer_key)
            WHERE journey_id = $journey AND customer_key IN (SELECT key FROM identity_keys)
            """, ("journey", _journeyId));
        connection.Execute("DELETE FROM identity_node_keys");
        foreach (var before in nodes.GroupBy(n => n.Key).Where(g => g.Select(n => newKeys[n.Id]).Distinct().Count() > 1))
        {
            var cause = causes is null ? null : before.FirstOrDefault(n => causes.Contains(n.Id))?.Id;
            foreach (var piece in before.Select(n => newKeys[n.Id]).Distinct())
            {
                AddEvent("split", piece, before.Key, cause, null, null, null, $"split from {before.Key} because {reason}");
            }
        }

        foreach (var after in nodes.GroupBy(n => newKeys[n.Id]))
        {
            foreach (var absorbed in after.Select(n => n.Key).Distinct().Where(k => k != after.Key))
            {
                AddEvent("merge", after.Key, absorbed, null, null, null, null, $"joined again because {reason}");
            }
        }
    }

    /// <summary>Marks as shared the non-customer_id identifiers among these linked to too many customer_ids.</summary>
    /// <param name="candidates">Identifiers whose links changed.</param>
    /// <param name="quiet">Counting again after a removal: a count can only fall, so nothing new is recorded.</param>
    public List<long> MarkShared(IReadOnlyCollection<long> candidates, bool quiet = false)
    {
        FillIds(candidates);
        var shared = new List<(long Id, long Count)>();
        using (var command = connection.Command("""
            WITH edges AS (SELECT a AS x, b AS y FROM identity_links WHERE journey_id = $journey
                           UNION ALL SELECT b, a FROM identity_links WHERE journey_id = $journey)
            SELECT x.id, count(DISTINCT c.id)
            FROM identities x JOIN edges e ON e.x = x.id JOIN identities c ON c.id = e.y AND c.kind = 'customer_id'
            WHERE x.id IN (SELECT id FROM identity_ids_in) AND x.kind <> 'customer_id' AND NOT x.shared
            GROUP BY x.id HAVING count(DISTINCT c.id) > $max ORDER BY x.id
            """, ("journey", _journeyId), ("max", _maxCustomerIds)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                shared.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        connection.Execute("DELETE FROM identity_ids_in");
        foreach (var (id, count) in shared)
        {
            connection.Execute("UPDATE identities SET shared = true WHERE id = $id", ("id", id));
            if (quiet)
            {
                continue;
            }

            var key = (string)connection.Scalar("SELECT customer_key FROM identities WHERE id = $id", ("id", id))!;
            AddEvent("shared", key, null, id, null, null, null,
                $"seen with {count} customer_ids (more than {_maxCustomerIds}); no longer used to merge");
        }

        return shared.Select(s => s.Id).ToList();
    }

    internal void MakeTables()
    {
        if (_tablesMade)
        {
            return;
        }

        connection.Execute("""
            CREATE TEMP TABLE IF NOT EXISTS identity_new_ids (kind VARCHAR, value VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS identity_new_anchors (fact_id VARCHAR, identity_id BIGINT);
            CREATE TEMP TABLE IF NOT EXISTS identity_new_links (a BIGINT, b BIGINT, fact_id VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS identity_ids_in (id BIGINT);
            CREATE TEMP TABLE IF NOT EXISTS identity_keys (key VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS identity_key_map (old_key VARCHAR, new_key VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS identity_node_keys (id BIGINT, key VARCHAR);
            CREATE TEMP TABLE IF NOT EXISTS identity_new_events (position INTEGER, event VARCHAR, customer_key VARCHAR, merged_key VARCHAR,
                a_id BIGINT, b_id BIGINT, fact_kind VARCHAR, fact_id VARCHAR, detail VARCHAR);
            """);
        _tablesMade = true;
    }

    // One join finds the nodes already stored; only the identifiers it did not find are appended again and inserted,
    // so the (large) identities table is read once per batch. The caller holds the write lock, so nothing else adds
    // nodes in between. New nodes are numbered in identifier order, whatever the batch's order.
    private (Dictionary<Identifier, long> Ids, List<long> Created) Resolve(HashSet<Identifier> identifiers)
    {
        AppendIdentifiers(identifiers);
        var ids = new Dictionary<Identifier, long>(identifiers.Count);
        using (var command = connection.Command("""
            SELECT s.kind, s.value, i.id FROM identity_new_ids s
            JOIN identities i ON i.journey_id = $journey AND i.kind = s.kind AND i.value = s.value
            """, ("journey", _journeyId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids[new Identifier(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        connection.Execute("DELETE FROM identity_new_ids");
        var created = new List<long>();
        if (ids.Count == identifiers.Count)
        {
            return (ids, created);
        }

        AppendIdentifiers(identifiers.Where(i => !ids.ContainsKey(i)));
        using (var command = connection.Command("""
            INSERT INTO identities (id, journey_id, kind, value, customer_key, first_seen, shared)
            SELECT nextval('identity_ids'), $journey, kind, value,
                   CASE WHEN kind = 'customer_id' THEN value ELSE kind || ':' || value END, $now, false
            FROM (SELECT kind, value FROM identity_new_ids ORDER BY kind, value)
            RETURNING kind, value, id
            """, ("journey", _journeyId), ("now", DateTime.UtcNow)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(2);
                ids[new Identifier(reader.GetString(0), reader.GetString(1))] = id;
                created.Add(id);
            }
        }

        connection.Execute("DELETE FROM identity_new_ids");
        return (ids, created);
    }

    private void AppendIdentifiers(IEnumerable<Identifier> identifiers)
    {
        using var appender = connection.CreateAppender("temp", "main", "identity_new_ids");
        foreach (var identifier in identifiers)
        {
            appender.CreateRow().AppendValue(identifier.Kind).AppendValue(identifier.Value).EndRow();
        }
    }

    private List<(long A, long B, string FactId)> AddLinks(Dictionary<(long, long), string> links, string kindName)
    {
        var added = new List<(long, long, string)>();
        if (links.Count == 0)
        {
            return added;
        }

        using (var appender = connection.CreateAppender("temp", "main", "identity_new_links"))
        {
            foreach (var ((a, b), factId) in links)
            {
                appender.CreateRow().AppendValue(a).AppendValue(b).AppendValue(factId).EndRow();
            }
        }

        using (var command = connection.Command("""
            INSERT INTO identity_links (journey_id, a, b, fact_kind, fact_id, linked_at)
            SELECT $journey, a, b, $kind, fact_id, $now FROM identity_new_links s
            WHERE NOT EXISTS (SELECT 1 FROM identity_links l WHERE l.a = s.a AND l.b = s.b)
            RETURNING a, b, fact_id
            """, ("journey", _journeyId), ("kind", kindName), ("now", DateTime.UtcNow)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                added.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        connection.Execute("DELETE FROM identity_new_links");
        added.Sort();
        return added;
    }

    private void Merge(List<(long A, long B, string FactId)> links, string kindName)
    {
        var nodes = Nodes(links.SelectMany(l => new[] { l.A, l.B }).Distinct().ToList()).ToDictionary(n => n.Id);
        FillKeys(nodes.Values.Select(n => n.Key).Distinct().ToList());
        var customerKeys = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.Command("""
            SELECT DISTINCT customer_key FROM identities
            WHERE journey_id = $journey AND kind = 'customer_id' AND value = customer_key AND customer_key IN (SELECT key FROM identity_keys)
            """, ("journey", _journeyId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                customerKeys.Add(reader.GetString(0));
            }
        }

        var union = new KeyUnion(customerKeys.Contains);
        var merges = new List<(string Absorbed, long A, long B, string FactId)>();
        foreach (var (a, b, factId) in links)
        {
            var (na, nb) = (nodes[a], nodes[b]);
            if (!na.Shared && !nb.Shared && union.Union(na.Key, nb.Key) is { } merged)
            {
                merges.Add((merged.Absorbed, a, b, factId));
            }
        }

        if (merges.Count == 0)
        {
            return;
        }

        using (var appender = connection.CreateAppender("temp", "main", "identity_key_map"))
        {
            foreach (var (absorbed, kept) in union.Absorbed())
            {
                appender.CreateRow().AppendValue(absorbed).AppendValue(kept).EndRow();
            }
        }

        connection.Execute("""
            UPDATE identities SET customer_key = m.new_key FROM identity_key_map m
            WHERE identities.journey_id = $journey AND identities.customer_key = m.old_key
            """, ("journey", _journeyId));
        connection.Execute("""
            UPDATE identity_events SET customer_key = m.new_key FROM identity_key_map m
            WHERE identity_events.journey_id = $journey AND identity_events.customer_key = m.old_key
            """, ("journey", _journeyId));
        connection.Execute("DELETE FROM identity_key_map");
        AddEvents(merges.Select(m => new PendingEvent("merge", union.Find(m.Absorbed), m.Absorbed, m.A, m.B, kindName, m.FactId, null)).ToList());
    }

    private void AddEvent(string name, string key, string? merged, long? a, long? b, string? factKind, string? factId, string? detail) =>
        AddEvents([new PendingEvent(name, key, merged, a, b, factKind, factId, detail)]);

    /// <summary>Records events in one statement, in the order given (a merge of a whole batch can be thousands).</summary>
    private void AddEvents(IReadOnlyList<PendingEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        using (var appender = connection.CreateAppender("temp", "main", "identity_new_events"))
        {
            var order = 0;
            foreach (var e in events)
            {
                appender.CreateRow().AppendValue(order++).AppendValue(e.Event).AppendValue(e.Key).AppendValue(e.Merged)
                    .AppendValue(e.A).AppendValue(e.B).AppendValue(e.FactKind).AppendValue(e.FactId).AppendValue(e.Detail).EndRow();
            }
        }

        connection.Execute("""
            INSERT INTO identity_events (id, journey_id, happened_at, event, customer_key, merged_key, a_id, b_id, fact_kind, fact_id, detail)
            SELECT nextval('identity_event_ids'), $journey, $now, event, customer_key, merged_key, a_id, b_id, fact_kind, fact_id, detail
            FROM (SELECT * FROM identity_new_events ORDER BY position)
            """, ("journey", _journeyId), ("now", DateTime.UtcNow));
        connection.Execute("DELETE FROM identity_new_events");
    }

    private sealed record PendingEvent(
        string Event, string Key, string? Merged, long? A, long? B, string? FactKind, string? FactId, string? Detail);

    private List<Node> Nodes(IReadOnlyCollection<long> ids)
    {
        FillIds(ids);
        var nodes = ReadNodes("SELECT id, kind, value, customer_key, shared FROM identities WHERE id IN (SELECT id FROM identity_ids_in)");
        connection.Execute("DELETE FROM identity_ids_in");
        return nodes;
    }

    private List<Node> ReadNodes(string sql)
    {
        var nodes = new List<Node>();
        using var command = connection.Command(sql, ("journey", _journeyId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            nodes.Add(new Node(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)));
        }

        return nodes;
    }

    private void FillIds(IReadOnlyCollection<long> ids)
    {
        MakeTables();
        connection.Execute("DELETE FROM identity_ids_in");
        using var appender = connection.CreateAppender("temp", "main", "identity_ids_in");
        foreach (var id in ids)
        {
            appender.CreateRow().AppendValue(id).EndRow();
        }
    }

    private void FillKeys(IReadOnlyCollection<string> keys)
    {
        connection.Execute("DELETE FROM identity_keys");
        using var appender = connection.CreateAppender("temp", "main", "identity_keys");
        foreach (var key in keys)
        {
            appender.CreateRow().AppendValue(key).EndRow();
        }
    }

    /// <summary>The key a node has on its own: its value for a customer_id, else kind:value.</summary>
    internal static string OwnKey(Node node) =>
        node.Kind == IdentifierKinds.CustomerId ? node.Value : node.Kind + ":" + node.Value;

    internal sealed record Node(long Id, string Kind, string Value, string Key, bool Shared);
}
