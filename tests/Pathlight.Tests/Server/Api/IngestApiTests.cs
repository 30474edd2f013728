using System.Net;
using Pathlight.Server.Api;
using static Pathlight.Tests.Server.Api.IngestRequests;

namespace Pathlight.Tests.Server.Api;

public sealed class IngestApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Good = "\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2026-03-05T10:00:00Z\"";

    // Each item, the line it is on, the id its result names and why it is rejected (null: stored). An item with a
    // nested value cannot be read at all, so its result names no id.
    private static readonly (string Item, int Line, string? Id, string? Reason)[] MixedItems =
    [
        ($"{{\"id\":\"mixed-1\",{Good},\"nps\":9}}", 2, "mixed-1", null),
        ("{\"id\":\"mixed-tp\",\"touchpoint\":\"checkout\",\"timestamp\":\"2026-03-05\",\"nps\":9}", 3, "mixed-tp",
            "touchpoint: 'checkout' is not a touchpoint of the journey"),
        ($"{{\"id\":\"mixed-score\",{Good},\"nps\":11}}", 4, "mixed-score", "nps: 11 is outside the range 0 to 10"),
        ("{\"id\":\"mixed-ts\",\"touchpoint\":\"launch-purchase\",\"timestamp\":\"03/05/2026\",\"nps\":5}", 5, "mixed-ts",
            "timestamp: '03/05/2026' is not a date and time"),
        ($"{{{Good},\"nps\":5}}", 6, null, "id: empty; every row needs an id"),
        ($"{{\"id\":\"mixed-nested\",{Good},\"nps\":5,\"tags\":[\"a\"]}}", 7, null, "column tags: nested values are not supported"),
        ($"{{\"id\":\"mixed-2\",{Good},\"nps\":3}}", 8, "mixed-2", null),
        ("{\"id\":\"mixed-broken\",\"nps\": }", 9, null, "the rest of the file could not be read: "),
    ];

    // Each body format, its Content-Type and the line its first item is on; no Content-Type at all means JSON.
    public static TheoryData<string, string, int> Formats() => new()
    {
        { "json", "application/json", 2 },
        { "json", "", 2 },
        { "ndjson", "application/x-ndjson", 1 },
        { "ndjson", "application/ndjson", 1 },
        { "ndjson", "application/jsonl", 1 },
        { "ndjson", "application/x-jsonlines", 1 },
        { "csv", "text/csv", 2 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EachBodyFormatIsStoredWithAResultPerItem(string format, string contentType, int firstLine)
    {
        var prefix = $"format-{contentType.Replace('/', '-')}";
        var ids = Ids(prefix, 3);

        var result = await PostOkAsync(server, "responses", Responses(ids).Render(format), contentType);

        Assert.Equal((3, 0, 0), (result.Accepted, result.Duplicates, result.Rejected));
        Assert.Equal(ids.Select((id, i) => new IngestResult.Item(i, firstLine + i, id, "accepted", null)), result.Items);
        var stored = server.Query($"SELECT id, nps, json_extract_string(attributes, '$.region') AS region FROM responses " +
            $"WHERE starts_with(id, '{prefix}-') ORDER BY id");
        Assert.Equal(ids, stored.Select(r => (string)r["id"]!));
        Assert.Equal([5, 6, 7], stored.Select(r => Convert.ToInt32(r["nps"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(stored, r => Assert.Equal("north", r["region"]));
    }

    [Theory]
    [InlineData("interactions", "id,touchpoint,timestamp,success\nkind-i-1,store-enquiry,2026-03-01T09:00:00Z,yes\n")]
    [InlineData("responses", "id,touchpoint,timestamp,csat\nkind-r-1,store-enquiry,2026-03-01T09:00:00Z,4\n")]
    [InlineData("cases", "id,touchpoint,opened,contacts\nkind-c-1,support-contact,2026-03-09T09:00:00Z,2\n")]
    [InlineData("outcomes", "id,customer_id,kind,timestamp\nkind-o-1,c-1,churned,2026-04-01T00:00:00Z\n")]
    public async Task EachKindIsStoredInItsOwnTable(string kind, string csv)
    {
        var before = server.Count(kind);

        var result = await PostOkAsync(server, kind, csv, "text/csv");

        Assert.Equal(new IngestResult.Item(0, 2, $"kind-{kind[0]}-1", "accepted", null), Assert.Single(result.Items));
        Assert.Equal(before + 1, server.Count(kind));
        Assert.Equal([$"kind-{kind[0]}-1"], StoredIds(server, kind, "kind-"));
    }

    [Fact]
    public async Task PostingTheSameBodyAgainGivesOnlyDuplicatesAndStoresNothing()
    {
        var ids = Ids("again", 4);
        var body = Responses(ids).Render("ndjson");
        var first = await PostOkAsync(server, "responses", body, "application/x-ndjson");
        var count = server.Count("responses");

        var second = await PostOkAsync(server, "responses", body, "application/x-ndjson");

        Assert.Equal(4, first.Accepted);
        Assert.Equal((0, 4, 0), (second.Accepted, second.Duplicates, second.Rejected));
        Assert.Equal(ids.Select((id, i) => new IngestResult.Item(i, i + 1, id, "duplicate", null)), second.Items);
        Assert.Equal(count, server.Count("responses"));
    }

    [Fact]
    public async Task AnIdRepeatedWithinOneRequestIsStoredOnceAndThenADuplicate()
    {
        var before = server.Count("responses");

        var result = await PostOkAsync(server, "responses", Responses("twice-1", "twice-2", "twice-1").Render("json"), "application/json");

        Assert.Equal(["accepted", "accepted", "duplicate"], result.Items.Select(i => i.Status));
        Assert.Equal((2, 1, 0), (result.Accepted, result.Duplicates, result.Rejected));
        Assert.Equal(before + 2, server.Count("responses"));
        Assert.Equal(["twice-1", "twice-2"], StoredIds(server, "responses", "twice-"));
    }

    [Fact]
    public async Task EachBadItemIsRejectedWithItsReasonWhileTheGoodOnesBesideItAreStored()
    {
        var body = "[\n" + string.Join(",\n", MixedItems.Select(m => m.Item)) + "\n]\n";

        var result = await PostOkAsync(server, "responses", body, "application/json");

        Assert.Equal((2, 0, 6), (result.Accepted, result.Duplicates, result.Rejected));
        Assert.Equal(MixedItems.Length, result.Items.Count);
        foreach (var (expected, (item, index)) in MixedItems.Zip(result.Items.Select((item, index) => (item, index))))
        {
            Assert.Equal((index, (long)expected.Line, expected.Id), (item.Index, item.Line, item.Id));
            if (expected.Reason is null)
            {
                Assert.Equal(("accepted", null), (item.Status, item.Reason));
            }
            else
            {
                Assert.Equal("rejected", item.Status);
                Assert.StartsWith(expected.Reason, item.Reason, StringComparison.Ordinal);
            }
        }

        Assert.Equal(["mixed-1", "mixed-2"], StoredIds(server, "responses", "mixed-"));
    }

    [Theory]
    [InlineData("{\"id\":\"whole-1\",\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2026-03-05\",\"nps\":5}", "application/json")]
    [InlineData("\"whole-1\"", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("id,nps\nwhole-1,5\n", "text/csv")]
    public async Task ABodyThatCannotBeReadAsAWholeIsRefusedAndNothingIsWritten(string body, string contentType)
    {
        var before = server.Count("responses");

        using var response = await PostAsync(server, "responses", body, contentType);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, server.Count("responses"));
        Assert.Empty(StoredIds(server, "responses", "whole-"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task AnUnsupportedContentTypeIs415(string contentType)
    {
        var before = server.Count("responses");

        using var response = await PostAsync(server, "responses", Responses("xml-1").Render("json"), contentType);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(contentType, problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(before, server.Count("responses"));
    }

    [Fact]
    public async Task PostingToAnUnknownJourneyIsNotFound()
    {
        using var response = await server.Client(Access.Role.Ingest).PostAsync("/api/v1/journeys/no-such-journey/responses",
            new StringContent(Responses("lost-1").Render("json"), System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Empty(StoredIds(server, "responses", "lost-"));
    }
}
