using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathlight.Access;
using Pathlight.Journeys;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Server.Api;

public sealed class JourneysApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string SampleYaml = File.ReadAllText(SampleFiles.ProductLaunchJourney);

    private HttpClient Admin => server.Client(Role.Admin);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> InvalidDefinitions() => new()
    {
        { "syntax", "id: syntax\nname: [New, product\n" },
        { "rules", SampleYaml.Replace("id: product-launch", "id: rules", StringComparison.Ordinal)
            .Replace("stage: hear", "stage: listen", StringComparison.Ordinal)
            .Replace("expected_score: 8", "expected_score: 12", StringComparison.Ordinal) },
        { "empty", "" },
    };

    [Fact]
    public async Task ListGivesEachJourneyWithItsSizeAndFactCounts()
    {
        using var posted = await Admin.PostAsync($"/api/v1/journeys/{ServerFixture.JourneyId}/interactions", new StringContent(
            "id,touchpoint,timestamp\nlist-1,store-enquiry,2026-03-01T09:00:00Z\nlist-2,store-enquiry,2026-03-01T09:05:00Z\n",
            Encoding.UTF8, "text/csv"), Cancel);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var list = await server.Client(Role.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/journeys", Cancel);

        var journey = Assert.Single(list.EnumerateArray(), j => j.GetProperty("id").GetString() == ServerFixture.JourneyId);
        Assert.Equal("New product launch", journey.GetProperty("name").GetString());
        Assert.Equal(4, journey.GetProperty("stages").GetInt32());
        Assert.Equal(7, journey.GetProperty("touchpoints").GetInt32());
        Assert.Equal(2, journey.GetProperty("interactions").GetInt64());
        Assert.Equal(0, journey.GetProperty("responses").GetInt64());
        Assert.Equal(0, journey.GetProperty("cases").GetInt64());
        Assert.Equal(0, journey.GetProperty("outcomes").GetInt64());
        Assert.EndsWith("Z", journey.GetProperty("loaded_at").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGivesTheYamlDefinitionAndTheTouchpoints()
    {
        var journey = await server.Client(Role.Analyst).GetFromJsonAsync<JsonElement>($"/api/v1/journeys/{ServerFixture.JourneyId}", Cancel);

        Assert.Equal(SampleYaml, journey.GetProperty("definition").GetString());
        Assert.Equal(["hear", "anticipate", "buy", "get-help"], journey.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var touchpoints = journey.GetProperty("touchpoints").EnumerateArray().ToList();
        Assert.Equal(
            ["product-news", "store-enquiry", "call-centre-enquiry", "launch-marketing", "launch-purchase", "out-of-stock", "support-contact"],
            touchpoints.Select(t => t.GetProperty("id").GetString()));
        var news = touchpoints[0];
        Assert.Equal("Product news in the media", news.GetProperty("name").GetString());
        Assert.Equal("hear", news.GetProperty("stage").GetString());
        Assert.Equal("media", news.GetProperty("channel").GetString());
        Assert.Equal("Communications", news.GetProperty("owner").GetString());
        Assert.False(news.GetProperty("intentional").GetBoolean());
        Assert.Equal(6, news.GetProperty("expected_score").GetDouble());
    }

    [Fact]
    public async Task PutOfANewIdCreatesTheJourneyAndPutAgainReplacesIt()
    {
        var created = Yaml("put-new", "First name");
        var replaced = Yaml("put-new", "Second name");

        using var first = await PutAsync("put-new", created);
        using var second = await PutAsync("put-new", replaced);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/v1/journeys/put-new", first.Headers.Location?.OriginalString);
        Assert.Equal("First name", (await first.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stored = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/journeys/put-new", Cancel);
        Assert.Equal("Second name", stored.GetProperty("name").GetString());
        Assert.Equal(replaced, stored.GetProperty("definition").GetString());
        var list = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/journeys", Cancel);
        Assert.Single(list.EnumerateArray(), j => j.GetProperty("id").GetString() == "put-new");
    }

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public async Task PutOfAnInvalidDefinitionListsEachErrorWithLineAndColumnAsTheCliDoes(string id, string yaml)
    {
        var cli = Assert.Throws<JourneyFileException>(() => JourneyFile.Parse(yaml, "request body"));

        using var response = await PutAsync(id, yaml);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(cli.Message, problem.Detail());
        Assert.NotEmpty(cli.Errors);
        Assert.Equal(
            cli.Errors.Select(e => (e.Line, e.Column, e.Reason)),
            problem.GetProperty("errors").EnumerateArray().Select(e =>
                (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(), e.GetProperty("reason").GetString()!)));
        await AssertNotFoundAsync($"/api/v1/journeys/{id}");
    }

    [Fact]
    public async Task PutOfADefinitionWhoseIdDiffersFromTheUrlIsRefused()
    {
        using var response = await PutAsync("url-id", Yaml("body-id", "Mismatch"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'body-id'", problem.Detail(), StringComparison.Ordinal);
        Assert.Contains("'url-id'", problem.Detail(), StringComparison.Ordinal);
        await AssertNotFoundAsync("/api/v1/journeys/url-id");
        await AssertNotFoundAsync("/api/v1/journeys/body-id");
    }

    [Theory]
    [InlineData("/api/v1/journeys/no-such-journey")]
    [InlineData("/api/v1/journeys/no-such-journey/scorecard")]
    public async Task AnUnknownJourneyIsNotFound(string path) => await AssertNotFoundAsync(path);

    private static string Yaml(string id, string name) => SampleYaml
        .Replace("id: product-launch", $"id: {id}", StringComparison.Ordinal)
        .Replace("name: New product launch", $"name: {name}", StringComparison.Ordinal);

    private Task<HttpResponseMessage> PutAsync(string id, string yaml) =>
        Admin.PutAsync($"/api/v1/journeys/{id}", new StringContent(yaml, Encoding.UTF8, "application/yaml"), Cancel);

    private async Task AssertNotFoundAsync(string path)
    {
        using var response = await Admin.GetAsync(path, Cancel);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.StartsWith($"No journey '{path.Split('/')[4]}' is loaded", problem.Detail(), StringComparison.Ordinal);
    }
}
