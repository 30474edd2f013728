using System.Globalization;
using Pathlight.AtRisk;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.AtRisk;

/// <summary>
/// A hand-made store: a two-touchpoint journey with a minimum sample of 3 answers (so three answers light a
/// touchpoint), facts imported through <c>pathlight import</c> from CSV rows, and the at-risk list read back.
/// </summary>
public sealed class RiskStore : IDisposable
{
    public const string JourneyId = "shop";

    /// <summary>The reference moment the tests place facts around.</summary>
    public static readonly DateTime T = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    private const string Yaml = """
        id: shop
        name: Shop
        options:
          min_sample: 3
        stages:
          - id: buy
            name: Buy
        touchpoints:
          - id: checkout
            name: Checkout
            stage: buy
            channel: web
            expected_score: 7
          - id: delivery
            name: Delivery
            stage: buy
            channel: post
            expected_score: 7
        """;

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["responses"] = "id,touchpoint,timestamp,customer_id,nps,expectation,reality",
        ["cases"] = "id,touchpoint,customer_id,opened,resolved,contacts,reopened",
        ["outcomes"] = "id,customer_id,kind,timestamp",
        ["interactions"] = "id,touchpoint,timestamp,customer_id",
    };

    private int _files;

    public RiskStore()
    {
        Db = Folder.File("risk.duckdb");
        var init = CliRunner.Run("init", "--journey", Folder.Write("shop.journey.yaml", Yaml), "--db", Db);
        Assert.True(init.ExitCode == 0, init.ToString());
    }

    public DisposableFolder Folder { get; } = new();

    public string Db { get; }

    public DuckDbStore Store => DuckDbStore.Open(Db, create: false);

    /// <summary>A time relative to <see cref="T"/>, as the CSV files write it.</summary>
    public static string At(TimeSpan offset) => (T + offset).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Imports rows (without header) of one kind of fact; fails unless every row is accepted.</summary>
    public CliResult Import(string kind, params string[] rows)
    {
        var file = Folder.Write($"{kind}-{++_files}.csv", Headers[kind] + "\n" + string.Join("\n", rows) + "\n");
        var result = CliRunner.Run("import", kind, file, "--db", Db);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>Runs a command with <c>--db</c> pointing at this store.</summary>
    public CliResult Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    /// <summary>Three answers without a customer at a touchpoint, far below expectation (gap −7): its light turns red.</summary>
    public void MakeRed(string touchpoint, TimeSpan offset) =>
        Import("responses", [.. Enumerable.Range(1, 3).Select(i => $"fill-{touchpoint}-{offset.Ticks}-{i},{touchpoint},{At(offset)},,,9,2")]);

    /// <summary>The at-risk list as of <see cref="T"/> (or the given time) over <paramref name="days"/> days.</summary>
    public AtRiskList List(DateTime? asOf = null, int days = 30)
    {
        var store = Store;
        var journey = store.GetJourney(JourneyId);
        var text = (asOf ?? T).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        return store.GetAtRisk(journey, store.AtRiskWindowFor(journey, days, text, DateTime.UtcNow));
    }

    public void Dispose() => Folder.Dispose();
}
