using Microsoft.AspNetCore.Builder;
using Pathlight.Server;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>
/// The real server on a free loopback port over a store filled by <c>pathlight demo --customers 1500 --seed 7</c>,
/// with an analyst key and an ingest key. Shared by the tests of a class.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string JourneyId = "product-launch";

    private readonly DisposableFolder _folder = new();
    private WebApplication? _app;

    public string Db => _folder.File("demo.duckdb");

    public Uri Address { get; private set; } = null!;

    public string AnalystKey { get; private set; } = "";

    public string IngestKey { get; private set; } = "";

    /// <summary>The store, opened independently of the server, for expected values.</summary>
    public DuckDbStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Run("demo", "--customers", "1500", "--seed", "7", "--db", Db);
        AnalystKey = Run("keys", "create", "--role", "analyst", "--name", "dashboard tests", "--db", Db).Out.Trim();
        IngestKey = Run("keys", "create", "--role", "ingest", "--db", Db).Out.Trim();
        Store = DuckDbStore.Open(Db, create: false);
        _app = PathlightServer.Build(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Pathlight:Db"] = Db,
            ["Logging:LogLevel:Default"] = "Error",
        });
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());
    }

    public DashboardClient NewClient() => new(Address);

    /// <summary>A client signed in with the analyst key.</summary>
    public async Task<DashboardClient> SignedInClientAsync()
    {
        var client = NewClient();
        var landing = await client.SignInAsync(AnalystKey);
        Assert.True(landing.Location == "/", $"sign-in should land on /, not {landing.Status} {landing.Location}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }

    private static CliResult Run(params string[] args)
    {
        var result = CliRunner.Run(args);
        return result.ExitCode == 0 ? result : throw new InvalidOperationException($"pathlight {args[0]} failed: {result}");
    }
}
