using System.Text;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Identity;

/// <summary>
/// A store with a small three-touchpoint journey whose identity options a test chooses; facts come in as CSV through
/// the real importer.
/// </summary>
internal sealed class StitchingStore : IDisposable
{
    public const string DefaultIdentity = "phone_region: GB\nmax_customer_ids: 3";

    public StitchingStore(string identity = DefaultIdentity, int? retentionDays = null, string? key = null, string journeyId = "shop")
    {
        Journey = ParseJourney(journeyId, identity, retentionDays);
        Store = DuckDbStore.Open(Folder.File("stitch.duckdb"), create: true, key);
        Store.SaveJourney(Journey);
        _keepOpen = new DuckDBConnection($"Data Source={Store.Path}");
        _keepOpen.Open();
    }

    // DuckDB closes (and checkpoints) a database when its last connection closes; one held open keeps the many small
    // imports of these tests from reopening the file each time.
    private readonly DuckDBConnection _keepOpen;

    public DisposableFolder Folder { get; } = new();

    public Journey Journey { get; }

    public DuckDbStore Store { get; }

    public string Path => Store.Path;

    /// <summary>The journey file text: stages buy and after, touchpoints web, store (buy) and call (after).</summary>
    public static Journey ParseJourney(string id, string identity = DefaultIdentity, int? retentionDays = null) => JourneyFile.Parse($"""
        id: {id}
        name: Shop {id}
        options:
          min_sample: 3
          segments: [region]
          identity:
        {Indent(identity, 4)}
        {(retentionDays is { } days ? $"  retention_days: {days}" : "")}
        stages:
          - id: buy
            name: Buy
          - id: after
            name: After
        touchpoints:
          - id: web
            name: Web
            stage: buy
            channel: web
            expected_score: 7
          - id: store
            name: Store
            stage: buy
            channel: store
            expected_score: 8
          - id: call
            name: Call
            stage: after
            channel: phone
            expected_score: 6
        """, id + ".yaml");

    /// <summary>Imports CSV text of one kind through the real importer; rejected rows are added to <paramref name="rejected"/>.</summary>
    public ImportSummary Import(FactKind kind, string csv, List<RowRejection>? rejected = null, int batchSize = Importer.DefaultBatchSize,
        Journey? journey = null)
    {
        journey ??= Journey;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        using var reader = SourceReader.Open(stream, ImportFormat.Csv, leaveOpen: false);
        using var writer = Store.OpenWriter(journey, kind);
        return new Importer(new FactParser(kind, journey), writer.Write, batchSize) { Rejected = rejected is null ? null : rejected.Add }
            .Run(reader.ReadRecords());
    }

    /// <summary>Saves another journey with the same touchpoints into the store.</summary>
    public Journey AddJourney(string id, string identity = DefaultIdentity)
    {
        var journey = ParseJourney(id, identity);
        Store.SaveJourney(journey);
        return journey;
    }

    /// <summary>The stitched customer key of every response, by response id.</summary>
    public Dictionary<string, string?> CustomerOfResponses() =>
        Query("SELECT id, customer_id FROM responses ORDER BY id").ToDictionary(r => (string)r["id"]!, r => (string?)r["customer_id"]);

    /// <summary>The stitched customer key of every fact of every kind, by "kind/id".</summary>
    public SortedDictionary<string, string?> CustomerOfFacts(string? journeyId = null)
    {
        var facts = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            var view = FactKinds.NameOf(kind);
            foreach (var row in Query($"SELECT id, customer_id FROM {view} WHERE journey_id = '{journeyId ?? Journey.Id}'"))
            {
                facts.Add($"{view}/{row["id"]}", (string?)row["customer_id"]);
            }
        }

        return facts;
    }

    public List<Dictionary<string, object?>> Query(string sql) => DuckDbFile.Query(Path, sql);

    public void Dispose()
    {
        _keepOpen.Dispose();
        Folder.Dispose();
    }

    private static string Indent(string lines, int spaces) =>
        string.Join("\n", lines.Split('\n').Select(line => new string(' ', spaces) + line));
}
