using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Chooses the identifier a fact is counted under (its <c>identity_id</c>, which the fact views turn into the
/// stitched customer): the most personal of its identifiers that is not shared, or its most personal one when all
/// are shared. A shared identifier (a family address, a shop tablet) belongs to no one customer, so a fact that also
/// carries a personal identifier must be counted under that one. The fact's other identifiers stay in
/// <c>fact_identifiers</c>, so a fact's identifiers are always its <c>identity_id</c> plus those rows.
/// </summary>
internal sealed class FactAnchors(DuckDBConnection connection, Journey journey)
{
    private readonly IReadOnlyList<string> _rank = IdentifierKinds.Ranked(journey.Options.Identity.Kinds);

    /// <summary>
    /// Writes to <c>fact_identifiers</c> the identifiers of new facts besides the first, the one the writer filed them
    /// under; <see cref="Reanchor"/> then moves those whose first identifier is shared.
    /// </summary>
    public void WriteOthers(string kindName, IReadOnlyList<Fact> facts, IReadOnlyDictionary<Identifier, long> ids)
    {
        using var identifiers = connection.CreateAppender("fact_identifiers");
        foreach (var fact in facts)
        {
            var anchor = ids[fact.Identifiers[0]];
            foreach (var other in fact.Identifiers.Select(i => ids[i]).Distinct().Where(id => id != anchor))
            {
                identifiers.CreateRow().AppendValue(journey.Id).AppendValue(kindName).AppendValue(fact.Id).AppendValue(other).EndRow();
            }
        }
    }

    /// <summary>
    /// Chooses the anchor again for every stored fact that carries one of these identifiers, whose shared flag just
    /// changed; the identifiers must be in <c>identity_ids_in</c>. Returns how many facts moved.
    /// </summary>
    public int Reanchor()
    {
        var rank = $"list_position([{string.Join(", ", _rank.Select(k => $"'{k}'"))}], i.kind)";
        var moved = 0;
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            var table = FactWriter.TableOf(kind);
            var name = FactKinds.NameOf(kind);
            connection.Execute($"""
                CREATE OR REPLACE TEMP TABLE anchor_moves AS
                WITH affected AS (
                    SELECT fact_id FROM fact_identifiers
                    WHERE journey_id = $journey AND fact_kind = '{name}' AND identity_id IN (SELECT id FROM identity_ids_in)
                    UNION SELECT id FROM {table}
                    WHERE journey_id = $journey AND identity_id IN (SELECT id FROM identity_ids_in)
                      AND EXISTS (SELECT 1 FROM fact_identifiers fi WHERE fi.fact_kind = '{name}' AND fi.fact_id = {table}.id)),
                carried AS (
                    SELECT f.id AS fact_id, f.identity_id, true AS anchor FROM {table} f WHERE f.id IN (SELECT fact_id FROM affected)
                    UNION ALL SELECT fi.fact_id, fi.identity_id, false FROM fact_identifiers fi
                    WHERE fi.fact_kind = '{name}' AND fi.fact_id IN (SELECT fact_id FROM affected))
                SELECT * FROM (
                    SELECT c.fact_id, max(CASE WHEN c.anchor THEN c.identity_id END) AS old_anchor,
                           arg_min(c.identity_id, (CASE WHEN i.shared THEN 1000 ELSE 0 END) + {rank}) AS new_anchor
                    FROM carried c JOIN identities i ON i.id = c.identity_id GROUP BY c.fact_id)
                WHERE old_anchor <> new_anchor
                """, ("journey", journey.Id));
            connection.Execute($"""
                DELETE FROM fact_identifiers fi WHERE fi.fact_kind = '{name}'
                  AND EXISTS (SELECT 1 FROM anchor_moves m WHERE m.fact_id = fi.fact_id AND m.new_anchor = fi.identity_id)
                """);
            connection.Execute($"INSERT INTO fact_identifiers SELECT $journey, '{name}', fact_id, old_anchor FROM anchor_moves",
                ("journey", journey.Id));
            moved += connection.Execute(
                $"UPDATE {table} SET identity_id = m.new_anchor FROM anchor_moves m WHERE {table}.id = m.fact_id");
        }

        connection.Execute("DROP TABLE IF EXISTS anchor_moves");
        return moved;
    }
}
