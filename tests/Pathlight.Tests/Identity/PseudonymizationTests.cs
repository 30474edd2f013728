using System.Text;
using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Identity;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

public sealed class PseudonymizationTests
{
    private const string Key = "correct horse battery staple 42";
    private const string Pseudonymized = "phone_region: GB\npseudonymize: true";
    private static readonly DateTime AsOf = new(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NoRawIdentifierIsStoredYetCustomersAreStitchedAndFiguresAreThoseOfPlainIdentifiers()
    {
        var data = new MetricFacts(9, customers: 30);
        using var plain = new StitchingStore();
        using var hashed = new StitchingStore(Pseudonymized, key: Key);
        data.ImportInto(plain);
        data.ImportInto(hashed);

        var raw = plain.Query("SELECT DISTINCT value FROM identities").Select(r => (string)r["value"]!).ToList();
        Assert.True(raw.Count > 50);
        Assert.Empty(StoreSearch.Mentions(hashed.Path, raw));
        Assert.Equal(raw.Count, hashed.Query("SELECT * FROM identities").Count);
        Assert.All(hashed.Query("SELECT value FROM identities"), r => Assert.Matches("^[A-Za-z0-9_-]{43}$", (string)r["value"]!));

        Assert.Equal(Partition(plain), Partition(hashed));
        var (expected, actual) = (StoreSnapshot.Of(plain, AsOf), StoreSnapshot.Of(hashed, AsOf));
        foreach (var report in new[] { "scorecard", "statistics", "statistics north", "trend", "support", "paths" })
        {
            Assert.True(expected[report] == actual[report], $"{report} differs");
        }

        // Customers are read in key order, which hashing changes, so regression sums differ in their last bits.
        foreach (var report in expected.Keys.Where(k => k.StartsWith("drivers", StringComparison.Ordinal)).Append("opportunities"))
        {
            Assert.True(StoreSnapshot.Rounded(expected[report]) == StoreSnapshot.Rounded(actual[report]), $"{report} differs");
        }
    }

    [Fact]
    public void LookupExportAndEraseWorkByTheRawIdentifier()
    {
        using var s = new StitchingStore(Pseudonymized, key: Key);
        ExportTests.Ann(s);
        var key = s.Store.FindCustomer(s.Journey, Identifier.Parse("email: Ann@Example.com"));
        Assert.NotNull(key);
        Assert.Equal(key, s.Store.FindCustomer(s.Journey, Identifier.Parse("phone:07911 123456")));
        Assert.Equal(key, s.Store.FindCustomer(s.Journey, Identifier.Parse("customer_id:C-ANN")));
        Assert.Equal(key, s.Store.FindCustomer(s.Journey, Identifier.Parse($"customer_id:{key}")));
        Assert.DoesNotContain("C-ANN", key, StringComparison.Ordinal);
        Assert.Equal(5, s.Store.GetCustomerIdentity(s.Journey, key)!.Identifiers.Count);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Assert.Equal(1, s.Store.ExportCustomer(Identifier.Parse("loyalty:L-ANN"), writer));
        }

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var customer = json.RootElement.GetProperty("customers")[0];
        Assert.True(customer.GetProperty("pseudonymized").GetBoolean());
        Assert.Equal(["ann-i1", "ann-i2"], customer.GetProperty("interactions").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var hashedValues = s.Query($"SELECT value FROM identities WHERE customer_key = '{key}'").Select(r => (string)r["value"]!).ToList();

        var erasure = s.Store.EraseCustomer(Identifier.Parse("email:ann@example.com"));

        Assert.Equal(5L, erasure!.Removed.Identifiers);
        Assert.Empty(StoreSearch.Mentions(s.Path, [key, .. hashedValues, "ann-", "slow delivery"]));
    }

    [Fact]
    public void DifferentOrMissingKeyIsAClearError()
    {
        using var s = new StitchingStore(Pseudonymized, key: Key);
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nr1,web,2025-01-01,ann@example.com,9\n");
        var other = DuckDbStore.Open(s.Path, create: false, "another key, long enough to use");
        var none = DuckDbStore.Open(s.Path, create: false);
        var ann = Identifier.Parse("email:ann@example.com");

        foreach (var attempt in new Action[] { () => other.OpenWriter(s.Journey, FactKind.Response).Dispose(), () => other.FindCustomer(s.Journey, ann), () => other.EraseCustomer(ann) })
        {
            Assert.Equal("The identity key in PATHLIGHT_IDENTITY_KEY is not the one journey 'shop' was stored with.",
                Assert.Throws<PathlightException>(attempt).Message);
        }

        foreach (var attempt in new Action[] { () => none.OpenWriter(s.Journey, FactKind.Response).Dispose(), () => none.FindCustomer(s.Journey, ann) })
        {
            Assert.Equal("Journey 'shop' pseudonymizes identifiers: set the key in the PATHLIGHT_IDENTITY_KEY environment variable (the same key every time).",
                Assert.Throws<PathlightException>(attempt).Message);
        }

        Assert.Single(s.Query("SELECT * FROM responses"));
        Assert.NotNull(s.Store.FindCustomer(s.Journey, ann));
    }

    [Fact]
    public void JourneyCannotSwitchBetweenPlainAndPseudonymizedIdentifiers()
    {
        using var s = new StitchingStore(key: Key);
        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nr1,web,2025-01-01,ann@example.com,9\n");
        var switched = StitchingStore.ParseJourney("shop", Pseudonymized);
        s.Store.SaveJourney(switched);

        var error = Assert.Throws<PathlightException>(() => s.Store.OpenWriter(switched, FactKind.Response));

        Assert.Equal("Journey 'shop' already holds identifiers as given; it cannot switch to pseudonymized ones " +
            "(erase its facts or use a new journey id).", error.Message);

        using var hashed = new StitchingStore(Pseudonymized, key: Key);
        hashed.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nr1,web,2025-01-01,ann@example.com,9\n");
        var back = StitchingStore.ParseJourney("shop");
        hashed.Store.SaveJourney(back);
        Assert.Equal("Journey 'shop' holds pseudonymized identifiers; its journey file must keep options.identity.pseudonymize: true.",
            Assert.Throws<PathlightException>(() => hashed.Store.OpenWriter(back, FactKind.Response)).Message);
    }

    [Fact]
    public void ShortKeyIsRefused()
    {
        using var folder = new Helpers.DisposableFolder();

        var error = Assert.Throws<PathlightException>(() => DuckDbStore.Open(folder.File("s.duckdb"), create: true, "too short"));

        Assert.StartsWith("The identity key is 9 bytes long; use at least 16", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The facts grouped by customer, without the keys (which differ when hashed).</summary>
    private static List<string> Partition(StitchingStore s) =>
        s.CustomerOfFacts().Where(f => f.Value is not null).GroupBy(f => f.Value!)
            .Select(g => string.Join(" ", g.Select(f => f.Key).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
}
