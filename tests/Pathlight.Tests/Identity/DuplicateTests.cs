using Pathlight.Facts;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Tests.Identity;

/// <summary>Replays and repeated ids change nothing about who is who.</summary>
public sealed class DuplicateTests
{
    private const string Responses = """
        id,touchpoint,timestamp,customer_id,email,phone,device,nps
        r1,web,2025-01-01,C1,ann@example.com,,,9
        r2,web,2025-01-02,,ann@example.com,07911 123456,,8
        r3,store,2025-01-03,C2,,07911 123456,tablet,7
        r4,store,2025-01-04,C3,,,tablet,6

        """;

    [Fact]
    public void ReplayingTheSameFileChangesNoIdentityRow()
    {
        using var s = new StitchingStore("phone_region: GB\nmax_customer_ids: 1");
        s.Import(FactKind.Response, Responses);
        var before = IdentityRows(s);

        var summary = s.Import(FactKind.Response, Responses);

        Assert.Equal((0, 4), (summary.Imported, summary.Duplicates));
        Assert.Equal(before, IdentityRows(s));
        Assert.Contains("shared", before, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIdWithOtherIdentifiersAddsNoIdentifierAndNoLink()
    {
        using var s = new StitchingStore();
        s.Import(FactKind.Response, Responses);
        var before = IdentityRows(s);
        var customers = s.CustomerOfResponses();

        var summary = s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,phone,device,nps
            r1,web,2025-01-01,C9,zed@example.com,,,9
            r3,store,2025-01-03,C1,,,tablet,7

            """);

        Assert.Equal((0, 2), (summary.Imported, summary.Duplicates));
        Assert.Equal(before, IdentityRows(s));
        Assert.Equal(customers, s.CustomerOfResponses());
        Assert.Null(s.Store.GetCustomerIdentity(s.Journey, "C9"));
    }

    [Fact]
    public void IdRepeatedWithinOneFileKeepsTheFirstRowsIdentifiers()
    {
        using var s = new StitchingStore();

        var summary = s.Import(FactKind.Response, """
            id,touchpoint,timestamp,customer_id,email,nps
            r1,web,2025-01-01,C1,ann@example.com,9
            r1,web,2025-01-01,C2,bob@example.com,9

            """);

        Assert.Equal((1, 1), (summary.Imported, summary.Duplicates));
        Assert.Equal(["customer_id:C1", "email:ann@example.com"],
            s.Query("SELECT kind || ':' || value AS i FROM identities ORDER BY 1").Select(r => (string)r["i"]!));
    }

    /// <summary>Every row of every identity table, as text in a fixed order.</summary>
    private static string IdentityRows(StitchingStore s) => string.Join("\n",
        new[] { "identities", "fact_identifiers", "identity_links", "identity_events", "fact_responses" }.SelectMany(table =>
            s.Query($"SELECT * FROM {table} ORDER BY ALL").Select(row => table + ": " + string.Join(", ", row.Select(c => $"{c.Key}={c.Value}")))));
}
