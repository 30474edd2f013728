using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Support;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Counts what the support-experience figures need, in SQL: per causing touchpoint and over all cases. The filter picks
/// the cases (by opened time and attributes) and the interactions (by time and attributes); what happened to those
/// customers afterwards (churn, relationship answers) is looked up whatever its date or attributes.
/// </summary>
public static class SupportStoreExtensions
{
    private const string PerTouchpoint = "touchpoint_id";
    private const string AllTogether = "'*'";

    /// <summary>The support counts of a journey's facts under a filter; see <see cref="SupportDefinitions"/>.</summary>
    public static SupportData GetSupport(this DuckDbStore store, Journey journey, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = store.Connect();
        var (where, filterParameters) = StatisticsQueries.WhereClause(journey.Id, filter);
        var observed = ObservedUntil(connection, journey.Id);
        var data = new SupportData { ObservedUntil = observed };
        (string, object?)[] parameters = [.. filterParameters, ("observed", observed ?? DateTime.MinValue), ("churned", SupportDefinitions.ChurnedOutcome)];
        foreach (var key in new[] { PerTouchpoint, AllTogether })
        {
            var scope = new Scope(connection, data, Filtered(where, key), parameters, key == AllTogether);
            ReadCases(scope);
            ReadRecovery(scope);
            ReadInteractions(scope);
            ReadChurn(scope);
            ReadNps(scope);
        }

        return data;
    }

    private sealed record Scope(DuckDBConnection Connection, SupportData Data, string With, (string, object?)[] Parameters, bool Overall)
    {
        public SupportCounts Counts(DuckDBDataReader reader)
        {
            if (Overall) return Data.Overall;
            if (reader.IsDBNull(0)) return Data.Unattributed ??= new SupportCounts();

            var id = reader.GetString(0);
            if (!Data.Touchpoints.TryGetValue(id, out var counts))
            {
                counts = new SupportCounts();
                Data.Touchpoints[id] = counts;
            }

            return counts;
        }
    }

    // The filtered cases and interactions with their group key k, and the two cohorts of customers: those with a case
    // (anchored at their first case in the group) and those who had an interaction there but no case at all (anchored at
    // their first interaction there).
    private static string Filtered(string where, string key) => $"""
        WITH f_cases AS (
            SELECT *, {key} AS k FROM (SELECT *, opened_at AS ts FROM cases) WHERE {where}
        ),
        f_interactions AS (
            SELECT *, {key} AS k FROM interactions WHERE {where}
        ),
        cohorts AS (
            SELECT k, customer_id, min(opened_at) AS anchor, true AS with_case
            FROM f_cases WHERE customer_id IS NOT NULL GROUP BY k, customer_id
            UNION ALL
            SELECT k, customer_id, min(ts) AS anchor, false AS with_case
            FROM f_interactions i
            WHERE customer_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.journey_id = $journey AND c.customer_id = i.customer_id)
            GROUP BY k, customer_id
        )
        """;

    private static DateTime? ObservedUntil(DuckDBConnection connection, string journeyId)
    {
        var latest = connection.Scalar("""
            SELECT max(latest) FROM (
                SELECT max(ts) AS latest FROM interactions WHERE journey_id = $journey
                UNION ALL SELECT max(ts) FROM responses WHERE journey_id = $journey
                UNION ALL SELECT max(greatest(opened_at, coalesce(resolved_at, opened_at))) FROM cases WHERE journey_id = $journey
                UNION ALL SELECT max(ts) FROM outcomes WHERE journey_id = $journey
            )
            """, ("journey", journeyId));
        return latest is DateTime at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;
    }

    private static void ReadCases(Scope scope) => Read(scope, """
        SELECT k, count(*), count(DISTINCT customer_id), coalesce(sum(contacts), 0)::BIGINT,
            count(*) FILTER (WHERE resolved_at IS NULL),
            count(*) FILTER (WHERE first_contact_resolution), count(*) FILTER (WHERE NOT first_contact_resolution),
            count(*) FILTER (WHERE reopened), count(*) FILTER (WHERE NOT reopened)
        FROM f_cases GROUP BY k
        """, (reader, counts) =>
        {
            counts.Cases = reader.GetInt64(1);
            counts.Customers = reader.GetInt64(2);
            counts.Contacts = reader.GetInt64(3);
            counts.Open = reader.GetInt64(4);
            counts.FirstContact = new YesNo(reader.GetInt64(5), reader.GetInt64(6));
            counts.Reopened = new YesNo(reader.GetInt64(7), reader.GetInt64(8));
        });

    private static void ReadRecovery(Scope scope) => Read(scope, """
        SELECT k, date_diff('second', opened_at, resolved_at) / 3600.0 AS hours, count(*)
        FROM f_cases WHERE resolved_at IS NOT NULL GROUP BY k, hours
        """, (reader, counts) => counts.RecoveryHours[reader.GetDouble(1)] = reader.GetInt64(2));

    private static void ReadInteractions(Scope scope) => Read(scope, "SELECT k, count(*) FROM f_interactions GROUP BY k",
        (reader, counts) => counts.Interactions = reader.GetInt64(1));

    // A customer who churned before the anchor is no longer at risk and is left out; one whose window ends after the
    // latest data is pending, because a churn could still come.
    private static void ReadChurn(Scope scope) => Read(scope, $"""
        , churns AS (SELECT customer_id, ts FROM outcomes WHERE journey_id = $journey AND kind = $churned),
        marked AS (
            SELECT c.k, c.with_case, c.customer_id, c.anchor,
                coalesce(bool_or(o.ts < c.anchor), false) AS churned_before,
                coalesce(bool_or(o.ts >= c.anchor AND o.ts < c.anchor + INTERVAL {SupportDefinitions.ChurnWindowDays} DAY), false) AS churned
            FROM cohorts c LEFT JOIN churns o ON o.customer_id = c.customer_id
            GROUP BY c.k, c.with_case, c.customer_id, c.anchor
        )
        SELECT k, with_case,
            count(*) FILTER (WHERE observable AND churned), count(*) FILTER (WHERE observable AND NOT churned),
            count(*) FILTER (WHERE NOT observable)
        FROM (SELECT *, anchor + INTERVAL {SupportDefinitions.ChurnWindowDays} DAY <= $observed AS observable FROM marked WHERE NOT churned_before)
        GROUP BY k, with_case
        """, (reader, counts) =>
        {
            var churn = new YesNo(reader.GetInt64(2), reader.GetInt64(3));
            if (reader.GetBoolean(1))
            {
                counts.ChurnWithCase = churn;
                counts.ChurnPendingWithCase = reader.GetInt64(4);
            }
            else
            {
                counts.ChurnWithout = churn;
                counts.ChurnPendingWithout = reader.GetInt64(4);
            }
        });

    private static void ReadNps(Scope scope) => Read(scope, """
        , latest AS (
            SELECT c.k, c.with_case, c.customer_id, arg_max(r.nps, r.ts) AS nps
            FROM cohorts c JOIN responses r
                ON r.customer_id = c.customer_id AND r.journey_id = $journey AND r.touchpoint_id IS NULL
                AND r.nps IS NOT NULL AND r.ts >= c.anchor
            GROUP BY c.k, c.with_case, c.customer_id
        )
        SELECT k, with_case, count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps <= 6), count(*)
        FROM latest GROUP BY k, with_case
        """, (reader, counts) =>
        {
            var nps = new NpsCounts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            if (reader.GetBoolean(1)) counts.NpsWithCase = nps;
            else counts.NpsWithout = nps;
        });

    private static void Read(Scope scope, string select, Action<DuckDBDataReader, SupportCounts> read)
    {
        using var command = scope.Connection.Command(scope.With + "\n" + select, scope.Parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read(reader, scope.Counts(reader));
        }
    }
}
