using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathlight.Access;
using Pathlight.Server;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server;

/// <summary>
/// The real server, started in this process on a free loopback port over a temp store that
/// <c>pathlight init</c> made with the sample journey; one per test class (<c>IClassFixture</c>). Subclasses
/// seed the store differently (<see cref="Seed"/>) or pass more settings.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string JourneyId = CliStore.JourneyId;

    private readonly Dictionary<string, string?> _settings;
    private readonly Dictionary<Role, string> _keys = [];
    private readonly Dictionary<Role, HttpClient> _clients = [];
    private readonly Lock _lock = new();
    private WebApplication? _app;
    private HttpClient? _anonymous;

    public ServerFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ServerFixture(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase);
    }

    public DisposableFolder Folder { get; } = new();

    /// <summary>The store file; the CLI and plain SQL may open it while the server runs (same process).</summary>
    public string Db => Folder.File("store.duckdb");

    public WebApplication App => _app ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The server's own store object.</summary>
    public DuckDbStore Store => App.Services.GetRequiredService<DuckDbStore>();

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client that sends no Authorization header.</summary>
    public HttpClient Anonymous => _anonymous ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Every route the app answers, as routing sees it.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The text of a valid key of this role (one per role, made on first use).</summary>
    public string Key(Role role)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue(role, out var key))
            {
                key = Store.CreateApiKey(role, $"test {role}").Text;
                _keys[role] = key;
            }

            return key;
        }
    }

    /// <summary>A client that sends <see cref="Key"/> of this role.</summary>
    public HttpClient Client(Role role)
    {
        lock (_lock)
        {
            if (!_clients.TryGetValue(role, out var client))
            {
                client = NewClient();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key(role));
                _clients[role] = client;
            }

            return client;
        }
    }

    public long Count(string table) => DuckDbFile.Count(Db, table);

    public List<Dictionary<string, object?>> Query(string sql) => DuckDbFile.Query(Db, sql);

    public async ValueTask InitializeAsync()
    {
        Seed();
        _settings["urls"] = "http://127.0.0.1:0";
        _settings["Pathlight:Db"] = Db;
        // Keeps the per-request lines out of the test output; errors still show.
        _settings.TryAdd("Logging:LogLevel:Default", "Error");
        _app = PathlightServer.Build(_settings);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        Address = new Uri(_app.Urls.Single());
        _anonymous = NewClient();
    }

    public async ValueTask DisposeAsync()
    {
        _anonymous?.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Makes the store before the server opens it; by default <c>pathlight init</c> with the sample journey.</summary>
    protected virtual void Seed() => Run("init", "--journey", SampleFiles.ProductLaunchJourney, "--db", Db);

    /// <summary>Runs the CLI in process and fails unless it succeeds.</summary>
    protected static CliResult Run(params string[] args)
    {
        var result = CliRunner.Run(args);
        return result.ExitCode == 0 ? result : throw new InvalidOperationException($"pathlight {args[0]} failed: {result}");
    }

    private HttpClient NewClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
}
