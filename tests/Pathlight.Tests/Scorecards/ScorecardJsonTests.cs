using System.Text.Json;
using Pathlight.Scorecards;

namespace Pathlight.Tests.Scorecards;

public sealed class ScorecardJsonTests
{
    private static readonly string[] PerceptionKeys =
        ["light", "wow", "uncertain", "gap", "gap_source", "nps", "csat", "ces", "three_questions"];

    private readonly JsonElement _root = Write(
        ScorecardBuilder.Build(ScorecardFixture.Journey, ScorecardFixture.Statistics(), ScorecardFixture.From, ScorecardFixture.To));

    [Fact]
    public void TopLevelHasTheDocumentedKeys()
    {
        Assert.Equal(["journey", "from", "to", "touchpoints", "stages", "overall", "relationship"], Keys(_root));
        Assert.Equal(["id", "name"], Keys(_root.GetProperty("journey")));
        Assert.Equal("Launch, \"quoted\"", _root.GetProperty("journey").GetProperty("name").GetString());
        Assert.Equal("2025-03-01T00:00:00Z", _root.GetProperty("from").GetString());
        Assert.Equal("2025-04-01T12:30:00Z", _root.GetProperty("to").GetString());
    }

    [Fact]
    public void TouchpointHasTheDocumentedKeys()
    {
        var ad = _root.GetProperty("touchpoints")[0];

        Assert.Equal(
            ["id", "name", "stage", "channel", "owner", "intentional", "expected_score", .. PerceptionKeys, "kpi", "responses"],
            Keys(ad));
        Assert.Equal(["met", "return", "recommend", "affirmative", "target", "on_track"], Keys(ad.GetProperty("three_questions")));
        Assert.Equal(["name", "kind", "measure", "value", "target", "higher_is_better", "light"], Keys(ad.GetProperty("kpi")));
    }

    [Fact]
    public void MeasuresAreObjectsAtFullPrecision()
    {
        var ad = _root.GetProperty("touchpoints")[0];
        var nps = ad.GetProperty("nps");

        Assert.Equal(["value", "low", "high", "n"], Keys(nps));
        Assert.Equal(100, nps.GetProperty("value").GetDouble());
        Assert.Equal(78.69749948171827, nps.GetProperty("low").GetDouble(), 1e-12);
        Assert.Equal(30, nps.GetProperty("n").GetInt64());
        Assert.Equal("green", ad.GetProperty("light").GetString());
        Assert.True(ad.GetProperty("wow").GetBoolean());
        Assert.Equal("expectation", ad.GetProperty("gap_source").GetString());
        Assert.Equal(7, ad.GetProperty("expected_score").GetDouble());
        Assert.Equal("rate", ad.GetProperty("kpi").GetProperty("kind").GetString());
        Assert.Equal("success", ad.GetProperty("kpi").GetProperty("measure").GetString());
        Assert.Equal(90, ad.GetProperty("three_questions").GetProperty("target").GetDouble());
        Assert.True(ad.GetProperty("three_questions").GetProperty("on_track").GetBoolean());
    }

    [Fact]
    public void AbsentDataIsNullWithTheKeyPresent()
    {
        var call = _root.GetProperty("touchpoints")[2];

        Assert.Equal("grey", call.GetProperty("light").GetString());
        foreach (var key in new[] { "gap", "gap_source", "nps", "csat", "ces", "expected_score" })
        {
            Assert.Equal(JsonValueKind.Null, call.GetProperty(key).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, call.GetProperty("three_questions").GetProperty("on_track").ValueKind);
        Assert.Equal(JsonValueKind.Null, call.GetProperty("kpi").GetProperty("value").ValueKind);
        Assert.Equal("duration_seconds", call.GetProperty("kpi").GetProperty("measure").GetString());
        Assert.Equal(JsonValueKind.Null, _root.GetProperty("touchpoints")[1].GetProperty("kpi").ValueKind);
        Assert.Equal(JsonValueKind.Null, _root.GetProperty("touchpoints")[1].GetProperty("owner").ValueKind);
    }

    [Fact]
    public void StagesOverallAndRelationshipHaveTheirKeys()
    {
        var see = _root.GetProperty("stages")[0];

        Assert.Equal(["id", "name", "touchpoints", .. PerceptionKeys, "responses"], Keys(see));
        Assert.Equal(["ad", "shop"], see.GetProperty("touchpoints").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("mixed", see.GetProperty("gap_source").GetString());
        Assert.Equal([.. PerceptionKeys, "responses"], Keys(_root.GetProperty("overall")));
        Assert.Equal(["nps", "three_questions", "responses"], Keys(_root.GetProperty("relationship")));
    }

    [Fact]
    public void OpenPeriodIsNull()
    {
        var root = Write(ScorecardBuilder.Build(ScorecardFixture.Journey, new(), null, null));

        Assert.Equal(JsonValueKind.Null, root.GetProperty("from").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("to").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("overall").GetProperty("gap").ValueKind);
    }

    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static JsonElement Write(Scorecard scorecard)
    {
        using var stream = new MemoryStream();
        ScorecardJson.Write(scorecard, stream);
        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }
}
