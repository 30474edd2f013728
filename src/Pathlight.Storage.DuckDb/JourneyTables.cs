using System.Globalization;
using DuckDB.NET.Data;
using Pathlight.Journeys;

namespace Pathlight.Storage.DuckDb;

/// <summary>Reads and writes journey definitions. The YAML text is the source of truth; stages and touchpoints
/// are also kept as tables so analysts can join facts to the map in plain SQL.</summary>
internal static class JourneyTables
{
    private static readonly string[] FactTables = ["interactions", "responses", "cases", "outcomes"];

    internal static void Save(DuckDBConnection connection, Journey journey)
    {
        using var transaction = connection.BeginTransaction();
        RefuseToOrphanFacts(connection, journey);
        connection.Execute("DELETE FROM touchpoints WHERE journey_id = $id", ("id", journey.Id));
        connection.Execute("DELETE FROM stages WHERE journey_id = $id", ("id", journey.Id));
        connection.Execute("DELETE FROM journeys WHERE id = $id", ("id", journey.Id));
        connection.Execute("INSERT INTO journeys VALUES ($id, $name, $definition, $loaded)",
            ("id", journey.Id), ("name", journey.Name), ("definition", journey.Source), ("loaded", DateTime.UtcNow));
        foreach (var stage in journey.Stages)
        {
            connection.Execute("INSERT INTO stages VALUES ($journey, $id, $name, $position)",
                ("journey", journey.Id), ("id", stage.Id), ("name", stage.Name), ("position", stage.Order));
        }

        foreach (var t in journey.Touchpoints)
        {
            connection.Execute(
                """
                INSERT INTO touchpoints VALUES ($journey, $id, $name, $stage, $position, $channel, $owner, $intentional,
                    $purpose, $expected, $kpi_name, $kpi_kind, $kpi_measure, $kpi_target, $kpi_higher)
                """,
                ("journey", journey.Id), ("id", t.Id), ("name", t.Name), ("stage", t.StageId), ("position", t.Order),
                ("channel", t.Channel), ("owner", t.Owner), ("intentional", t.Intentional), ("purpose", t.Purpose),
                ("expected", t.ExpectedScore), ("kpi_name", t.Kpi?.Name), ("kpi_kind", t.Kpi?.Kind.ToString().ToLowerInvariant()),
                ("kpi_measure", t.Kpi is null ? null : KpiMeasureName(t.Kpi.Measure)), ("kpi_target", t.Kpi?.Target),
                ("kpi_higher", t.Kpi?.HigherIsBetter));
        }

        AggregateMaintenance.Refresh(connection, journey);
        transaction.Commit();
    }

    internal static IReadOnlyList<JourneySummary> List(DuckDBConnection connection)
    {
        var counts = string.Join(", ", FactTables.Select(t => $"(SELECT count(*) FROM fact_{t} f WHERE f.journey_id = j.id)"));
        using var command = connection.Command($"""
            SELECT j.id, j.name,
                (SELECT count(*) FROM stages s WHERE s.journey_id = j.id),
                (SELECT count(*) FROM touchpoints t WHERE t.journey_id = j.id),
                j.loaded_at, {counts}
            FROM journeys j ORDER BY j.id
            """);
        using var reader = command.ExecuteReader();
        var journeys = new List<JourneySummary>();
        while (reader.Read())
        {
            journeys.Add(new JourneySummary(reader.GetString(0), reader.GetString(1), reader.GetInt32(2),
                reader.GetInt32(3), DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7),
                reader.GetInt64(8)));
        }

        return journeys;
    }

    internal static Journey Get(DuckDBConnection connection, string? id)
    {
        var ids = new List<string>();
        using (var command = connection.Command("SELECT id FROM journeys ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        if (id is not null && !ids.Contains(id))
        {
            throw new NotFoundException(ids.Count == 0
                ? $"No journey '{id}' is loaded; no journey is. Load one with `pathlight init --journey FILE`."
                : $"No journey '{id}' is loaded. Loaded: {string.Join(", ", ids)}.");
        }

        if (ids.Count == 0)
        {
            throw new PathlightException("No journey is loaded. Load one with `pathlight init --journey FILE`.");
        }

        if (id is null && ids.Count > 1)
        {
            throw new PathlightException($"Several journeys are loaded ({string.Join(", ", ids)}); choose one with --journey.");
        }

        var chosen = id ?? ids[0];
        var definition = (string)connection.Scalar("SELECT definition FROM journeys WHERE id = $id", ("id", chosen))!;
        return JourneyFile.Parse(definition, $"journey '{chosen}' in the store");
    }

    internal static string KpiMeasureName(KpiMeasure measure) => measure switch
    {
        KpiMeasure.Success => "success",
        KpiMeasure.DurationSeconds => "duration_seconds",
        KpiMeasure.Value => "value",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    private static void RefuseToOrphanFacts(DuckDBConnection connection, Journey journey)
    {
        var kept = journey.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = new List<string>();
        foreach (var table in FactTables.Where(t => t != "outcomes"))
        {
            using var command = connection.Command(
                $"SELECT touchpoint_id, count(*) FROM fact_{table} WHERE journey_id = $id AND touchpoint_id IS NOT NULL GROUP BY ALL ORDER BY 1",
                ("id", journey.Id));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!kept.Contains(reader.GetString(0)))
                {
                    orphans.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{reader.GetString(0)} ({reader.GetInt64(1)} {table})"));
                }
            }
        }

        if (orphans.Count > 0)
        {
            throw new PathlightException(
                $"The new definition of '{journey.Id}' drops touchpoints that have facts: {string.Join(", ", orphans)}. Keep them in the file.");
        }
    }
}
