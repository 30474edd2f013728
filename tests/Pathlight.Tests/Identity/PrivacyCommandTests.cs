using System.Text.Json;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Identity;

/// <summary>The privacy commands and <c>pathlight customer</c> over a store with stitched customers.</summary>
public sealed class PrivacyCommandTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public PrivacyCommandTests()
    {
        Db = _folder.File("shop.duckdb");
        PrivacyData.Seed(Db, PrivacyData.Journey(), key: null, PrivacyData.Responses);
    }

    private string Db { get; }

    public void Dispose() => _folder.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    [Fact]
    public void ACustomerFoundByAnyIdentifierShowsTheirIdentifiersAndHowTheyWereStitched()
    {
        var table = Run("customer", "--identifier", "phone:07911 123456");
        var json = Run("customer", "C7", "--format", "json");
        var csv = Run("customer", "--identifier", "email:ANN@example.com", "--format", "csv");

        Assert.Equal((0, 0, 0), (table.ExitCode, json.ExitCode, csv.ExitCode));
        Assert.Contains("Customer C1 in Shop", table.Out, StringComparison.Ordinal);
        Assert.Contains("│ email       │ ann@example.com", table.Out, StringComparison.Ordinal);
        Assert.Contains("How this customer was stitched", table.Out, StringComparison.Ordinal);
        Assert.Contains("merged with customer C7: response r4 carried both", table.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal("C1", document.RootElement.GetProperty("customer_id").GetString());
        Assert.Equal(5, document.RootElement.GetProperty("identifiers").GetArrayLength());
        Assert.Equal(4, document.RootElement.GetProperty("history").GetArrayLength());
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",customer_identifiers", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.EndsWith(
            ",customer_id:C1; customer_id:C7; device:ann-phone; email:ann@example.com; phone:+447911123456", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2, "not both", "customer", "C1", "--identifier", "email:ann@example.com")]
    [InlineData(2, "give their ID, or --identifier", "customer")]
    [InlineData(2, "is not an identifier", "customer", "--identifier", "ann@example.com")]
    [InlineData(1, "'loyalty_card' is not an identifier kind of journey 'shop'", "customer", "--identifier", "loyalty_card:9")]
    [InlineData(1, "has no customer with the identifier email:nobody@example.com", "customer", "--identifier", "email:nobody@example.com")]
    [InlineData(1, "phone: '12' is not", "customer", "--identifier", "phone:12")]
    public void AMistakenCustomerLookupSaysWhy(int exitCode, string message, params string[] args)
    {
        var result = Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void AnExportFileIsWrittenWholeAndReadableByItsOwnerOnly()
    {
        var file = _folder.File("ann.json");

        var result = Run("export", "--identifier", "email:ann@example.com", "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("Exported the customer from 1 journey(s)", result.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var customer = Assert.Single(document.RootElement.GetProperty("customers").EnumerateArray());
        Assert.Equal(4, customer.GetProperty("responses").GetArrayLength());
        Assert.Equal(5, customer.GetProperty("identifiers").GetArrayLength());
        Assert.Equal(["ann.json", "shop.duckdb"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Where(f => !f!.EndsWith(".wal", StringComparison.Ordinal)).Order());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void AnExportForSomeoneNobodyKnowsIsAnEmptyListAndExitZero()
    {
        var result = Run("export", "--identifier", "email:nobody@example.com");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(0, document.RootElement.GetProperty("customers").GetArrayLength());
        Assert.Contains("No journey knows email:nobody@example.com", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EraseAsksForYesWhenNotOnATerminalAndErasesNothingWithout()
    {
        var refused = Run("erase", "--identifier", "email:bob@example.com");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("pass --yes", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, DuckDbFile.Count(Db, "responses WHERE customer_id = 'C2'"));
        Assert.Equal(0, DuckDbFile.Count(Db, "erasures"));
    }

    [Fact]
    public void EraseRemovesTheCustomerPrintsTheCountsAndTheIdAndTheLogKeepsCountsOnly()
    {
        var erase = Run("erase", "--identifier", "email:Bob@Example.com", "--yes", "--format", "json");
        var again = Run("erase", "--identifier", "customer_id:C2", "--yes");
        var customer = Run("customer", "C2");
        var log = Run("erasures", "--format", "csv");
        var table = Run("erasures");

        Assert.Equal(0, erase.ExitCode);
        using var erased = JsonDocument.Parse(erase.Out);
        var id = erased.RootElement.GetProperty("erasure_id").GetString()!;
        var removed = erased.RootElement.GetProperty("removed");
        Assert.Equal((2, 2, 1), (removed.GetProperty("responses").GetInt32(), removed.GetProperty("identifiers").GetInt32(),
            removed.GetProperty("links").GetInt32()));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("No journey knows customer_id:C2; nothing was erased.", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, customer.ExitCode);
        Assert.Equal(0, DuckDbFile.Count(Db, "identities WHERE value IN ('C2', 'bob@example.com')"));
        Assert.Equal(["id,at,reason,journeys,facts,interactions,responses,cases,outcomes,identifiers"], log.Out.Split("\r\n")[..1]);
        Assert.StartsWith($"{id},", log.Out.Split("\r\n")[1], StringComparison.Ordinal);
        Assert.EndsWith(",erasure,1,2,0,2,0,0,2", log.Out.Split("\r\n")[1], StringComparison.Ordinal);
        Assert.Contains(id, table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("bob", log.Out + table.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SharedIdentifiersAreListedWithTheirCustomerCounts()
    {
        var table = Run("identities", "shared");
        var csv = Run("identities", "shared", "--format", "csv");

        Assert.Equal((0, 0), (table.ExitCode, csv.ExitCode));
        Assert.Contains("identifiers seen with more than 2 customer_id(s)", table.Out, StringComparison.Ordinal);
        Assert.Contains("device:tablet", table.Out, StringComparison.Ordinal);
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kind,value,customer_ids,first_seen", lines[0]);
        Assert.StartsWith("device,tablet,3,", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
    }
}
