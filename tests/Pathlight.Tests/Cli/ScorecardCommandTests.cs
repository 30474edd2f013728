using System.Text.Json;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class ScorecardCommandTests : IDisposable
{
    private readonly CliStore _store = new();

    public ScorecardCommandTests()
    {
        var import = _store.Import("responses", "responses.csv", ScorecardResponses.Csv());
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void JsonHasTheDocumentedKeys()
    {
        using var json = Json();
        var root = json.RootElement;

        Assert.Equal("product-launch", root.GetProperty("journey").GetProperty("id").GetString());
        Assert.Equal("New product launch", root.GetProperty("journey").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("from").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("to").ValueKind);
        var touchpoints = root.GetProperty("touchpoints").EnumerateArray().ToList();
        Assert.Equal(["product-news", "store-enquiry", "call-centre-enquiry", "launch-marketing", "launch-purchase", "out-of-stock", "support-contact"],
            touchpoints.Select(t => t.GetProperty("id").GetString()));
        foreach (var touchpoint in touchpoints)
        {
            foreach (var key in new[] { "id", "name", "stage", "light", "wow", "uncertain", "gap", "nps", "csat", "ces", "three_questions", "kpi" })
            {
                Assert.True(touchpoint.TryGetProperty(key, out _), $"touchpoint {touchpoint.GetProperty("id")} has no {key}");
            }
        }

        Assert.Equal(["hear", "anticipate", "buy", "get-help"], root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Object, root.GetProperty("overall").ValueKind);
        Assert.Equal("Checkout conversion", Touchpoint(root, "launch-purchase").GetProperty("kpi").GetProperty("name").GetString());
    }

    [Fact]
    public void GapAndLightMatchTheHandComputation()
    {
        using var json = Json();
        var purchase = Touchpoint(json.RootElement, "launch-purchase");

        // Gaps: 30 × −2, 10 × −1, 10 × +3 → mean −40/50 = −0.8; s² = (30·1.44 + 10·0.04 + 10·14.44)/49 = 188/49;
        // half width t(49) · √(188/49/50) = 2.009575 · 0.277010 = 0.556673, so [−1.356673, −0.243327]: yellow, and
        // uncertain because the interval crosses −1.
        var gap = purchase.GetProperty("gap");
        Assert.Equal(-0.8, gap.GetProperty("value").GetDouble(), 12);
        Assert.Equal(-1.356673, gap.GetProperty("low").GetDouble(), 5);
        Assert.Equal(-0.243327, gap.GetProperty("high").GetDouble(), 5);
        Assert.Equal(50, gap.GetProperty("n").GetInt64());
        Assert.Equal("yellow", purchase.GetProperty("light").GetString());
        Assert.True(purchase.GetProperty("uncertain").GetBoolean());
        Assert.False(purchase.GetProperty("wow").GetBoolean());
        Assert.Equal("expectation", purchase.GetProperty("gap_source").GetString());

        // Promoters 10 (March) + 10 (April), detractors 10: NPS = 100 · (20 − 10) / 50 = 20.
        Assert.Equal(20, purchase.GetProperty("nps").GetProperty("value").GetDouble(), 12);
        Assert.Equal(50, purchase.GetProperty("responses").GetInt64());

        // Thirty gaps of exactly +2: green, WOW (≥ 1), interval [2, 2] crosses no boundary.
        var enquiry = Touchpoint(json.RootElement, "store-enquiry");
        Assert.Equal(2, enquiry.GetProperty("gap").GetProperty("value").GetDouble(), 12);
        Assert.Equal("green", enquiry.GetProperty("light").GetString());
        Assert.True(enquiry.GetProperty("wow").GetBoolean());
        Assert.False(enquiry.GetProperty("uncertain").GetBoolean());

        // The buy stage pools launch-purchase with out-of-stock, which has no responses.
        var buy = json.RootElement.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "buy");
        Assert.Equal(-0.8, buy.GetProperty("gap").GetProperty("value").GetDouble(), 12);
        Assert.Equal(80, json.RootElement.GetProperty("overall").GetProperty("responses").GetInt64());
    }

    [Fact]
    public void ATouchpointWithNoDataHasNullMeasuresAndAGreyLight()
    {
        using var json = Json();
        var news = Touchpoint(json.RootElement, "product-news");

        Assert.Equal("grey", news.GetProperty("light").GetString());
        foreach (var measure in new[] { "gap", "nps", "csat", "ces" })
        {
            Assert.Equal(JsonValueKind.Null, news.GetProperty(measure).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, news.GetProperty("three_questions").GetProperty("met").ValueKind);
        Assert.Equal(0, news.GetProperty("responses").GetInt64());
    }

    [Fact]
    public void FromAndToKeepOnlyMarch()
    {
        using var json = Json("--from", "2025-03-01", "--to", "2025-03-31");
        var purchase = Touchpoint(json.RootElement, "launch-purchase");

        Assert.Equal("2025-03-01T00:00:00Z", json.RootElement.GetProperty("from").GetString());
        Assert.Equal("2025-04-01T00:00:00Z", json.RootElement.GetProperty("to").GetString());

        // 30 × −2 and 10 × −1: mean −70/40 = −1.75; s² = (30·0.0625 + 10·0.5625)/39 = 7.5/39;
        // half width t(39) · √(7.5/39/40) = 2.022691 · 0.069338 = 0.140249: red, clear of −1.
        var gap = purchase.GetProperty("gap");
        Assert.Equal(-1.75, gap.GetProperty("value").GetDouble(), 12);
        Assert.Equal(-1.890249, gap.GetProperty("low").GetDouble(), 5);
        Assert.Equal(40, gap.GetProperty("n").GetInt64());
        Assert.Equal("red", purchase.GetProperty("light").GetString());
        Assert.False(purchase.GetProperty("uncertain").GetBoolean());

        // 10 promoters, 10 detractors out of 40.
        Assert.Equal(0, purchase.GetProperty("nps").GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public void ToIsExclusiveOfTheInstantGiven()
    {
        // The April responses are at 12:00 on 1–10 April; a bound of exactly 12:00 on 1 April leaves the first out.
        using var json = Json("--from", "2025-04-01T12:00:00Z", "--to", "2025-04-02T12:00:00Z");

        Assert.Equal(1, Touchpoint(json.RootElement, "launch-purchase").GetProperty("responses").GetInt64());
    }

    [Fact]
    public void WhereKeepsOnlyTheSegment()
    {
        using var json = Json("--where", "region=north");
        var purchase = Touchpoint(json.RootElement, "launch-purchase");

        // 15 × −2, 5 × −1 (even March rows) and 10 × +3 (April): −5/30.
        Assert.Equal(-5.0 / 30, purchase.GetProperty("gap").GetProperty("value").GetDouble(), 12);
        Assert.Equal(30, purchase.GetProperty("gap").GetProperty("n").GetInt64());
        Assert.Equal("yellow", purchase.GetProperty("light").GetString());
        Assert.Equal(0, Touchpoint(json.RootElement, "store-enquiry").GetProperty("responses").GetInt64());
    }

    [Fact]
    public void SeveralWhereConditionsMustAllHold()
    {
        using var json = Json("--where", "region=north", "--where", "Customer_Type=new");
        var purchase = Touchpoint(json.RootElement, "launch-purchase");

        // Only the ten April rows: mean +3, but ten answers are below the minimum sample of 30.
        Assert.Equal(3, purchase.GetProperty("gap").GetProperty("value").GetDouble(), 12);
        Assert.Equal(10, purchase.GetProperty("gap").GetProperty("n").GetInt64());
        Assert.Equal("grey", purchase.GetProperty("light").GetString());
    }

    private JsonDocument Json(params string[] options)
    {
        var result = _store.Run(["scorecard", "--format", "json", .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out);
    }

    private static JsonElement Touchpoint(JsonElement root, string id) =>
        root.GetProperty("touchpoints").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);
}
