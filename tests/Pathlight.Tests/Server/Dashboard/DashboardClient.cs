using System.Net;
using System.Text.RegularExpressions;

namespace Pathlight.Tests.Server.Dashboard;

/// <summary>
/// A browser-like client: keeps cookies, follows nothing by itself, and signs in through the form like a person.
/// The sign-in cookie is marked Secure, which <see cref="CookieContainer"/> would not send over plain HTTP; a browser
/// treats loopback as secure, so this client sends every stored cookie itself.
/// </summary>
public sealed partial class DashboardClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();

    public DashboardClient(Uri address)
    {
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    public bool HasCookie(string name) => _cookies.GetAllCookies().Any(c => c.Name == name && !c.Expired);

    public bool HasCookieStartingWith(string prefix) =>
        _cookies.GetAllCookies().Any(c => c.Name.StartsWith(prefix, StringComparison.Ordinal) && !c.Expired);

    public async Task<DashboardResponse> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    public async Task<DashboardResponse> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>Opens /signin, then posts its form with <paramref name="key"/> and the antiforgery token it carries.</summary>
    public async Task<DashboardResponse> SignInAsync(string key, string returnUrl = "/")
    {
        var form = await GetAsync("/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await PostFormAsync("/signin",
            [new("key", key), new("ReturnUrl", returnUrl), new("__RequestVerificationToken", TokenIn(form.Html))]);
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static string TokenIn(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on the page.");

    public void Dispose() => _http.Dispose();

    private async Task<DashboardResponse> SendAsync(HttpRequestMessage request)
    {
        var cookies = string.Join("; ", _cookies.GetAllCookies().Where(c => !c.Expired).Select(c => $"{c.Name}={c.Value}"));
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        using var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                _cookies.SetCookies(_http.BaseAddress!, header);
            }
        }

        return new DashboardResponse(response.StatusCode, response.Headers.Location?.OriginalString,
            await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
