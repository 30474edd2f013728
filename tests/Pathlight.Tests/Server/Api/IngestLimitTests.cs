using System.Net;
using System.Text;
using static Pathlight.Tests.Server.Api.IngestRequests;

namespace Pathlight.Tests.Server.Api;

public sealed class IngestLimitTests(SmallBodyServerFixture server) : IClassFixture<SmallBodyServerFixture>
{
    public static TheoryData<bool> Transfers() => [false, true];

    [Theory]
    [MemberData(nameof(Transfers))]
    public async Task ABodyOverTheLimitIs413AndNothingIsWritten(bool chunked)
    {
        var body = Responses(Ids($"over-{chunked}", 40)).Render("json");
        Assert.True(Encoding.UTF8.GetByteCount(body) > SmallBodyServerFixture.MaxIngestBytes);
        var before = server.Count("responses");

        using var response = await PostAsync(server, "responses", Content(body, chunked));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("2048", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(before, server.Count("responses"));
        Assert.Empty(StoredIds(server, "responses", $"over-{chunked}-"));
    }

    [Theory]
    [MemberData(nameof(Transfers))]
    public async Task ABodyWithinTheLimitIsStored(bool chunked)
    {
        var ids = Ids($"under-{chunked}", 10);
        var body = Responses(ids).Render("json");
        Assert.InRange(Encoding.UTF8.GetByteCount(body), 1024, SmallBodyServerFixture.MaxIngestBytes);

        using var response = await PostAsync(server, "responses", Content(body, chunked));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ids, StoredIds(server, "responses", $"under-{chunked}-"));
    }

    private static HttpContent Content(string body, bool chunked)
    {
        if (chunked)
        {
            var unsized = new ChunkedContent(body, "application/json");
            Assert.Null(unsized.Headers.ContentLength);
            return unsized;
        }

        var content = new StringContent(body, Encoding.UTF8, "application/json");
        Assert.NotNull(content.Headers.ContentLength);
        return content;
    }
}
