using System.Globalization;
using System.Text;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

/// <summary>
/// The "shop" journey and a handful of stitched customers for the privacy surfaces' tests: Ann (customer_ids C1 and C7,
/// her e-mail, phone and device), Bob (C2), and three customers sharing a shop tablet (C3, C4, C5) that the over-merge
/// guard keeps apart. Recent facts are a few days old; <see cref="OldResponses"/> are from 2020.
/// </summary>
internal static class PrivacyData
{
    public const string JourneyId = "shop";

    public const string Header = "id,touchpoint,timestamp,customer_id,email,phone,device,nps\n";

    /// <summary>A key long enough for pseudonymization.</summary>
    public const string Key = "a test key that is long enough for hmac";

    public static string Journey(string extraOptions = "", bool pseudonymize = false) => $"""
        id: shop
        name: Shop
        options:
          identity:
            phone_region: GB
            max_customer_ids: 2
            pseudonymize: {(pseudonymize ? "true" : "false")}
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
        """;

    /// <summary>Ann's chain (r1–r4, with her second customer_id on r4), Bob (r5, r6) and the shared tablet (r7–r9).</summary>
    public static string Responses => Header + $"""
        r1,web,{DaysAgo(10)},C1,Ann@Example.com ,,,9
        r2,web,{DaysAgo(9)},,ann@example.com,07911 123456,,8
        r3,store,{DaysAgo(8)},,,+44 7911 123456,ann-phone,7
        r4,web,{DaysAgo(7)},C7,ann@example.com,,,6
        r5,store,{DaysAgo(6)},C2,bob@example.com,,,3
        r6,web,{DaysAgo(5)},,bob@example.com,,,4
        r7,store,{DaysAgo(4)},C3,,,tablet,5
        r8,store,{DaysAgo(4)},C4,,,tablet,5
        r9,store,{DaysAgo(4)},C5,,,tablet,5

        """;

    /// <summary>Two responses from 2020, past any retention period the tests set: Carol's (C8) and one more of Ann's.</summary>
    public static string OldResponses => Header + """
        old-1,web,2020-01-01,C8,carol@example.com,,,5
        old-2,web,2020-01-02,C1,,,,6

        """;

    public static string DaysAgo(int days) =>
        DateTime.UtcNow.AddDays(-days).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Makes a store with the journey and facts through the store's own importer, without the CLI (so without the
    /// retention an import applies and without reading the identity key from the environment).
    /// </summary>
    public static void Seed(string db, string journeyYaml, string? key, params string[] responseFiles)
    {
        var store = DuckDbStore.Open(db, create: true, key);
        var journey = JourneyFile.Parse(journeyYaml, "shop.yaml");
        store.SaveJourney(journey);
        foreach (var csv in responseFiles)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            using var reader = SourceReader.Open(stream, ImportFormat.Csv, leaveOpen: false);
            using var writer = store.OpenWriter(journey, FactKind.Response);
            var summary = new Importer(new FactParser(FactKind.Response, journey), writer.Write).Run(reader.ReadRecords());
            if (summary.Rejected > 0) throw new InvalidOperationException($"{summary.Rejected} seed rows were rejected");
        }
    }
}
