using Pathlight.Tests.Helpers;
using Pathlight.Tests.Identity;

namespace Pathlight.Tests.Cli;

/// <summary>The CLI reads the identity key of pseudonymized journeys from PATHLIGHT_IDENTITY_KEY (a child process, so this one's environment stays as it is).</summary>
public sealed class IdentityKeyProcessTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task APseudonymizedCustomerIsFoundWithTheKeyFromTheEnvironmentAndNotWithout()
    {
        var db = _folder.File("shop.duckdb");
        PrivacyData.Seed(db, PrivacyData.Journey(pseudonymize: true), PrivacyData.Key, PrivacyData.Responses);
        string[] args = ["customer", "--identifier", "email:ann@example.com", "--format", "json", "--db", db];

        var with = await CliRunner.RunProcessAsync(_folder.Path, Timeout,
            new Dictionary<string, string?> { ["PATHLIGHT_IDENTITY_KEY"] = PrivacyData.Key }, args);
        var without = await CliRunner.RunProcessAsync(_folder.Path, Timeout,
            new Dictionary<string, string?> { ["PATHLIGHT_IDENTITY_KEY"] = null }, args);

        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("\"identifiers\"", with.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.com", with.Out, StringComparison.Ordinal);
        Assert.True(without.ExitCode == 1, without.ToString());
        Assert.Contains("set the key in the PATHLIGHT_IDENTITY_KEY environment variable", without.Error, StringComparison.Ordinal);
    }
}
