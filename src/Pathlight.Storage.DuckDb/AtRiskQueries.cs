using DuckDB.NET.Data;
using Pathlight.AtRisk;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Scorecards;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The at-risk list: the window's scorecard (for its red lights) from the usual statistics, and only the candidate
/// facts of identified customers from the raw tables; <see cref="AtRiskFinder"/> applies the rules.
/// </summary>
public static class AtRiskStoreExtensions
{
    // Candidate responses and cases; the finder re-checks every rule, so these only need to be wide enough.
    private const string ResponseCandidates = """
        journey_id = $journey AND customer_id IS NOT NULL AND ts >= $from AND ts <= $asof
        AND (nps <= 6 OR coalesce(reality, nps) <= 6)
        """;

    private const string CaseCandidates = """
        journey_id = $journey AND customer_id IS NOT NULL AND opened_at <= $asof
        AND (resolved_at IS NULL OR resolved_at > $asof OR (reopened AND resolved_at >= $from))
        """;

    /// <summary>
    /// The latest contact in a journey: its newest interaction, response, case opening or case resolution
    /// (outcomes are results, not contacts); null when it has none.
    /// </summary>
    public static DateTime? LatestContact(this DuckDbStore store, Journey journey)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        using var connection = store.Connect();
        var value = connection.Scalar("""
            SELECT max(t) FROM (
                SELECT max(ts) AS t FROM interactions WHERE journey_id = $journey
                UNION ALL SELECT max(ts) FROM responses WHERE journey_id = $journey
                UNION ALL SELECT max(greatest(opened_at, coalesce(resolved_at, opened_at))) FROM cases WHERE journey_id = $journey)
            """, ("journey", journey.Id));
        return value is DateTime at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;
    }

    /// <summary>
    /// The window for <c>--days</c> and <c>--as-of</c>: the as-of text as <see cref="AtRiskWindow.ParseAsOf"/> reads
    /// it, by default the journey's <see cref="LatestContact"/> (so a replayed or demo store gives the list as of
    /// its own data), or <paramref name="now"/> when the journey has no contact at all.
    /// </summary>
    public static AtRiskWindow AtRiskWindowFor(this DuckDbStore store, Journey journey, int days, string? asOf, DateTime now)
    {
        AtRiskWindow.CheckDays(days);
        if (AtRiskWindow.ParseAsOf(asOf, now) is { } given)
        {
            return new AtRiskWindow(given.AsOf, days, given.Source);
        }

        return store.LatestContact(journey) is { } latest
            ? new AtRiskWindow(latest, days, AsOfSource.LatestContact)
            : new AtRiskWindow(now, days, AsOfSource.Now);
    }

    /// <summary>The customers at risk in a journey for a window.</summary>
    public static AtRiskList GetAtRisk(this DuckDbStore store, Journey journey, AtRiskWindow window)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(window);
        var filter = window.Filter;
        var card = ScorecardBuilder.Build(journey, store.GetStatistics(journey, filter), filter.From, filter.To);
        using var connection = store.Connect();
        (string, object?)[] parameters = [("journey", journey.Id), ("from", window.From), ("asof", window.AsOf)];
        var facts = new AtRiskFacts(
            Responses(connection, parameters),
            Cases(connection, parameters),
            Churned(connection, parameters),
            LastContacts(connection, parameters));
        return AtRiskFinder.Find(journey, card, window, facts);
    }

    private static List<ResponseFact> Responses(DuckDBConnection connection, (string, object?)[] parameters)
    {
        using var command = connection.Command(
            $"SELECT id, touchpoint_id, ts, customer_id, nps, reality FROM responses WHERE {ResponseCandidates}", parameters);
        using var reader = command.ExecuteReader();
        var responses = new List<ResponseFact>();
        while (reader.Read())
        {
            responses.Add(new ResponseFact(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), Utc(reader.GetDateTime(2)),
                reader.GetString(3), reader.Small(4), null, null, null, reader.Small(5), null, null, null, null,
                new Dictionary<string, string>()));
        }

        return responses;
    }

    private static List<CaseFact> Cases(DuckDBConnection connection, (string, object?)[] parameters)
    {
        using var command = connection.Command(
            $"SELECT id, touchpoint_id, customer_id, opened_at, resolved_at, contacts, reopened FROM cases WHERE {CaseCandidates}", parameters);
        using var reader = command.ExecuteReader();
        var cases = new List<CaseFact>();
        while (reader.Read())
        {
            cases.Add(new CaseFact(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), null, null,
                Utc(reader.GetDateTime(3)), reader.IsDBNull(4) ? null : Utc(reader.GetDateTime(4)), reader.GetInt32(5), null,
                reader.IsDBNull(6) ? null : reader.GetBoolean(6), new Dictionary<string, string>()));
        }

        return cases;
    }

    private static HashSet<string> Churned(DuckDBConnection connection, (string, object?)[] parameters)
    {
        using var command = connection.Command(
            "SELECT DISTINCT customer_id FROM outcomes WHERE journey_id = $journey AND lower(kind) = 'churned' AND ts <= $asof",
            [.. parameters.Where(p => p.Item1 != "from")]);
        using var reader = command.ExecuteReader();
        var churned = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) churned.Add(reader.GetString(0));
        return churned;
    }

    private static Dictionary<string, DateTime> LastContacts(DuckDBConnection connection, (string, object?)[] parameters)
    {
        using var command = connection.Command($"""
            WITH candidates AS (
                SELECT customer_id FROM responses WHERE {ResponseCandidates}
                UNION SELECT customer_id FROM cases WHERE {CaseCandidates})
            SELECT customer_id, max(t) FROM (
                SELECT customer_id, ts AS t FROM interactions WHERE journey_id = $journey AND ts <= $asof
                UNION ALL SELECT customer_id, ts FROM responses WHERE journey_id = $journey AND ts <= $asof
                UNION ALL SELECT customer_id, opened_at FROM cases WHERE journey_id = $journey AND opened_at <= $asof
                UNION ALL SELECT customer_id, resolved_at FROM cases WHERE journey_id = $journey AND resolved_at <= $asof)
            WHERE customer_id IN (SELECT customer_id FROM candidates)
            GROUP BY customer_id
            """, parameters);
        using var reader = command.ExecuteReader();
        var contacts = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        while (reader.Read()) contacts[reader.GetString(0)] = Utc(reader.GetDateTime(1));
        return contacts;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
