using DuckDB.NET.Data;
using Pathlight.Access;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file holding journeys and append-only facts. Each operation opens its own
/// connection (DuckDB.NET shares the database instance per file), so one store object serves a whole process.
/// </summary>
public sealed class DuckDbStore
{
    /// <summary>The file the CLI uses when <c>--db</c> is not given.</summary>
    public const string DefaultPath = "pathlight.duckdb";

    private const int LockAttempts = 20;
    private static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(250);

    private readonly string _connectionString;
    private readonly IdentifierPseudonymizer? _pseudonymizer;

    private DuckDbStore(string path, string? identityKey)
    {
        Path = path;
        _connectionString = $"Data Source={path}";
        _pseudonymizer = identityKey is null ? null : new IdentifierPseudonymizer(identityKey);
        WriteLock = StoreLocks.For(System.IO.Path.GetFullPath(path));
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Held around every transaction that changes aggregates (see <see cref="StoreLocks"/>).</summary>
    internal Lock WriteLock { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, applying any pending schema migrations. With
    /// <paramref name="create"/> false a missing file is an error rather than a new empty store.
    /// <paramref name="identityKey"/> is the secret that pseudonymizes identifiers of journeys that ask for it.
    /// </summary>
    public static DuckDbStore Open(string path, bool create, string? identityKey = null) =>
        Open(path, create, Migrations.Latest, identityKey);

    /// <summary>Opens the store applying migrations up to <paramref name="schemaVersion"/> only: stores as older
    /// Pathlight versions left them, for tests of the migrations.</summary>
    internal static DuckDbStore Open(string path, bool create, int schemaVersion, string? identityKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full))
        {
            throw new PathlightException(
                $"There is no Pathlight store at {path}. Create one with `pathlight init --journey FILE` or `pathlight demo`.");
        }

        if (System.IO.Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new PathlightException($"Cannot create the store {path}: the folder {folder} does not exist.");
        }

        var store = new DuckDbStore(path, string.IsNullOrEmpty(identityKey) ? null : identityKey);
        store.Migrate(schemaVersion);
        return store;
    }

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion()
    {
        using var connection = Connect();
        return Convert.ToInt32(connection.Scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Loads a journey, or replaces the one with the same id (its facts stay; its aggregates are rebuilt when
    /// the new definition keeps other segments or median KPIs).
    /// </summary>
    public void SaveJourney(Journey journey)
    {
        using var connection = Connect();
        lock (WriteLock)
        {
            JourneyTables.Save(connection, journey);
        }
    }

    /// <summary>The journeys loaded, with how many facts of each kind they have.</summary>
    public IReadOnlyList<JourneySummary> ListJourneys()
    {
        using var connection = Connect();
        return JourneyTables.List(connection);
    }

    /// <summary>
    /// The journey with this id; with no id, the only journey in the store.
    /// </summary>
    /// <exception cref="PathlightException">No such journey, or no id given while several are loaded.</exception>
    public Journey GetJourney(string? id)
    {
        using var connection = Connect();
        return JourneyTables.Get(connection, id);
    }

    /// <summary>
    /// Removes every fact of a journey, with the customers stitched from them, in one transaction (the demo rebuilds its
    /// journey this way).
    /// </summary>
    /// <returns>How many facts were removed.</returns>
    public long ClearFacts(string journeyId)
    {
        using var connection = Connect();
        lock (WriteLock)
        {
            using var transaction = connection.BeginTransaction();
            var removed = Enum.GetValues<FactKind>().Sum(kind => FactDeletion.Delete(connection, journeyId, kind, "true"));
            foreach (var table in new[] { "fact_identifiers", "identity_links", "identity_events", "identities" })
            {
                connection.Execute($"DELETE FROM {table} WHERE journey_id = $id", ("id", journeyId));
            }

            transaction.Commit();
            return removed;
        }
    }

    /// <summary>
    /// Opens a writer that appends batches of facts of one kind to a journey, one transaction per batch that also
    /// updates the journey's aggregates and stitches the facts' identifiers into customers.
    /// </summary>
    /// <param name="journey">The journey the facts belong to.</param>
    /// <param name="kind">The kind of facts written.</param>
    /// <param name="bulk">A long import whose records are parsed on a thread of their own (see <see cref="Import.Importer"/>):
    /// while the writer is open DuckDB works on one core fewer, leaving one to the parser.</param>
    /// <exception cref="PathlightException">The journey pseudonymizes identifiers and the store has no key, or another.</exception>
    public FactWriter OpenWriter(Journey journey, FactKind kind, bool bulk = false)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var connection = Connect();
        try
        {
            return new FactWriter(connection, journey, kind, WriteLock, PseudonymizerFor(connection, journey), bulk);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The pseudonymizer for a journey's identifiers, or null when it stores them as they are.</summary>
    /// <remarks>The first use records the journey's choice, so uses that begin together take turns.</remarks>
    internal IdentifierPseudonymizer? PseudonymizerFor(DuckDBConnection connection, Journey journey)
    {
        lock (WriteLock)
        {
            return IdentityKeys.Check(connection, journey, _pseudonymizer);
        }
    }

    /// <summary>
    /// The sufficient statistics (score histograms, moment sums, counts) of a journey's facts under a filter,
    /// grouped by touchpoint: what every scorecard metric is computed from. Read from the aggregates when the
    /// filter's bounds are whole UTC days and its conditions name segment dimensions, else from the facts.
    /// </summary>
    public JourneyStatistics GetStatistics(Journey journey, FactFilter filter) => GetStatistics(journey, filter, rawFacts: false);

    /// <summary><see cref="GetStatistics(Journey, FactFilter)"/>, from the raw facts whatever the filter when asked.</summary>
    internal JourneyStatistics GetStatistics(Journey journey, FactFilter filter, bool rawFacts)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Connect();
        return StatisticsQueries.Read(connection, journey, filter, rawFacts);
    }

    /// <summary>Whether <see cref="GetStatistics(Journey, FactFilter)"/> and <see cref="GetTrend(Journey, FactFilter, TrendPeriod)"/>
    /// read this filter from the aggregates.</summary>
    internal bool ReadsAggregates(Journey journey, FactFilter filter)
    {
        using var connection = Connect();
        return AggregateQueries.Usable(connection, journey, filter) is not null;
    }

    /// <summary>
    /// The response statistics of a journey's facts under a filter per period (the UTC timestamp truncated to its
    /// ISO week or month) and touchpoint, ordered by period; relationship responses have a null touchpoint.
    /// </summary>
    public IReadOnlyList<PeriodStatistics> GetTrend(Journey journey, FactFilter filter, TrendPeriod period) =>
        GetTrend(journey, filter, period, rawFacts: false);

    /// <summary><see cref="GetTrend(Journey, FactFilter, TrendPeriod)"/>, from the raw facts whatever the filter when asked.</summary>
    internal IReadOnlyList<PeriodStatistics> GetTrend(Journey journey, FactFilter filter, TrendPeriod period, bool rawFacts)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Connect();
        return TrendQueries.Read(connection, journey, filter, period, rawFacts);
    }

    /// <summary>
    /// Recomputes the journey's aggregates from its raw facts and compares them with the stored ones: every
    /// difference in plain words, none when they agree. Sums of durations and values, which are reals, count as
    /// equal within a relative 1e-9 (addition order changes their last bits).
    /// </summary>
    public IReadOnlyList<string> CheckAggregates(string journeyId)
    {
        using var connection = Connect();
        return AggregateCheck.Run(connection, JourneyTables.Get(connection, journeyId));
    }

    /// <summary>The values each of the journey's segment dimensions takes in its responses and interactions, sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GetSegmentValues(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        using var connection = Connect();
        return SegmentQueries.Read(connection, journey);
    }

    /// <summary>Creates an API key; its secret is in the result only, never stored.</summary>
    public ApiKeySecret CreateApiKey(Role role, string? name)
    {
        using var connection = Connect();
        return AccessTables.CreateKey(connection, role, name);
    }

    /// <summary>Every API key made, revoked ones included, without secrets.</summary>
    public IReadOnlyList<ApiKeyInfo> ListApiKeys()
    {
        using var connection = Connect();
        return AccessTables.ListKeys(connection);
    }

    /// <summary>Revokes a key; false when no valid key has that id.</summary>
    public bool RevokeApiKey(string id)
    {
        using var connection = Connect();
        return AccessTables.Revoke(connection, id);
    }

    /// <summary>The valid key whose secret this is, or null.</summary>
    public ApiKeyInfo? AuthenticateApiKey(ApiKeySecret key)
    {
        using var connection = Connect();
        return AccessTables.Authenticate(connection, key);
    }

    /// <summary>A random secret kept in the store under this name, created on first use.</summary>
    public string Secret(string name)
    {
        using var connection = Connect();
        return AccessTables.Secret(connection, name);
    }

    internal DuckDBConnection Connect()
    {
        // DuckDB lets one process at a time open a file; the CLI and the server each hold it only for the moment
        // they read or write, so a conflict is brief and worth a few short waits before giving up.
        for (var attempt = 1; ; attempt++)
        {
            var connection = new DuckDBConnection(_connectionString);
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException e) when (IsLockConflict(e) && attempt < LockAttempts)
            {
                connection.Dispose();
                Thread.Sleep(LockWait);
            }
            catch (DuckDBException e)
            {
                connection.Dispose();
                var reason = $"Cannot open the store {Path}: {FirstLine(e.Message)}";
                throw IsLockConflict(e)
                    ? new StoreUnavailableException(reason + " Another Pathlight process is using it; try again in a moment.", e)
                    : new PathlightException(reason, e);
            }
        }
    }

    private static bool IsLockConflict(DuckDBException e) => e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);

    private void Migrate(int schemaVersion)
    {
        using var connection = Connect();
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name VARCHAR NOT NULL,
                applied_at TIMESTAMP NOT NULL
            )
            """);
        var current = Convert.ToInt32(connection.Scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"),
            System.Globalization.CultureInfo.InvariantCulture);
        if (current > Migrations.Latest)
        {
            throw new PathlightException(
                $"The store {Path} has schema version {current}, newer than this Pathlight knows ({Migrations.Latest}). Upgrade Pathlight.");
        }

        foreach (var migration in Migrations.All.Where(m => m.Version > current && m.Version <= schemaVersion))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql);
            migration.Then?.Invoke(connection);
            connection.Execute("INSERT INTO schema_migrations VALUES ($version, $name, $applied)",
                ("version", migration.Version), ("name", migration.Name), ("applied", DateTime.UtcNow));
            transaction.Commit();
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
