using System.Text;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Identity;

/// <summary>A store with a small two-touchpoint journey whose identity options a test chooses; facts come in as CSV.</summary>
internal sealed class StitchingStore : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public StitchingStore(string identityOptions = "phone_region: GB\n    max_customer_ids: 3", string? extraOptions = null, string? key = null)
    {
        Journey = JourneyFile.Parse($"""
            id: shop
            name: Shop
            options:
              identity:
                {identityOptions}
            {extraOptions}
            stages:
              - id: buy
                name: Buy
            touchpoints:
              - id: web
                name: Web
                stage: buy
                channel: web
              - id: store
                name: Store
                stage: buy
                channel: store
            """, "shop.yaml");
        Store = DuckDbStore.Open(_folder.File("stitch.duckdb"), create: true, key);
        Store.SaveJourney(Journey);
    }

    public Journey Journey { get; }

    public DuckDbStore Store { get; }

    public string Path => Store.Path;

    /// <summary>Imports CSV text of one kind through the real importer; returns the summary.</summary>
    public ImportSummary Import(FactKind kind, string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        using var reader = SourceReader.Open(stream, ImportFormat.Csv, leaveOpen: false);
        using var writer = Store.OpenWriter(Journey, kind);
        return new Importer(new FactParser(kind, Journey), writer.Write).Run(reader.ReadRecords());
    }

    /// <summary>The stitched customer key of every response, by response id.</summary>
    public Dictionary<string, string?> CustomerOfResponses() =>
        DuckDbFile.Query(Path, "SELECT id, customer_id FROM responses ORDER BY id")
            .ToDictionary(r => (string)r["id"]!, r => (string?)r["customer_id"]);

    public void Dispose() => _folder.Dispose();
}
