using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Pathlight.Facts;
using Pathlight.Metrics;
using Pathlight.Server;
using Pathlight.Storage.DuckDb;
using Pathlight.Surveys;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Surveys;

/// <summary>
/// The real server on a free loopback port over a fresh store with the sample journey, and a browser-like
/// client: it keeps cookies and does not follow redirects, so tests see the 303 themselves.
/// </summary>
public sealed partial class SurveyServer : IAsyncDisposable
{
    private readonly CliStore _store;
    private readonly WebApplication _app;
    private readonly HttpClientHandler _handler;

    private SurveyServer(CliStore store, WebApplication app, Uri address)
    {
        _store = store;
        _app = app;
        _handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        Client = new HttpClient(_handler) { BaseAddress = address };
        Links = new SurveyLinks(Store.Secret(SurveyLinks.SecretName));
    }

    public HttpClient Client { get; }

    /// <summary>The signer keyed by the store's secret, as the server and <c>pathlight survey-link</c> use it.</summary>
    public SurveyLinks Links { get; }

    public DuckDbStore Store => DuckDbStore.Open(_store.Db, create: false);

    public static async Task<SurveyServer> StartAsync(int postsPerMinute = 1000)
    {
        var store = new CliStore();
        var app = PathlightServer.Build(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Pathlight:Db"] = store.Db,
            ["Pathlight:SurveyPostsPerMinute"] = postsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new SurveyServer(store, app, new Uri(app.Urls.Single()));
    }

    /// <summary>The signed path and query of a touchpoint's survey page.</summary>
    public string Link(string touchpoint, string? customer = null) =>
        Links.PathAndQuery(new SurveyLink(CliStore.JourneyId, touchpoint, customer));

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) =>
        Client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Opens the form and returns its page and the antiforgery token it carries (its cookie is kept).</summary>
    public async Task<(string Html, string Token)> OpenFormAsync(string pathAndQuery)
    {
        using var response = await GetAsync(pathAndQuery);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return (html, AntiforgeryToken().Match(html).Groups[1].Value);
    }

    /// <summary>Posts the fields as a browser would; <paramref name="token"/> null leaves the antiforgery field out.</summary>
    public Task<HttpResponseMessage> PostAsync(string pathAndQuery, string? token, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            form.Add(new("__RequestVerificationToken", token));
        }

        return Client.PostAsync(new Uri(pathAndQuery, UriKind.Relative), new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    /// <summary>Opens the form, then posts the answers with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> AnswerAsync(string pathAndQuery, params (string Name, string Value)[] fields)
    {
        var (_, token) = await OpenFormAsync(pathAndQuery);
        return await PostAsync(pathAndQuery, token, fields);
    }

    /// <summary>The touchpoint's response statistics as the scorecard reads them.</summary>
    public ResponseStatistics Statistics(string touchpoint)
    {
        var store = Store;
        return store.GetStatistics(store.GetJourney(CliStore.JourneyId), FactFilter.All).ResponsesOf(touchpoint);
    }

    public long Responses => _store.Count("responses");

    public List<Dictionary<string, object?>> Query(string sql) => _store.Query(sql);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _handler.Dispose();
        await _app.StopAsync(TestContext.Current.CancellationToken);
        await _app.DisposeAsync();
        _store.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
