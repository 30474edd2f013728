using System.Text.Json;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Demo;

public sealed class DemoCommandTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void DemoShowsTheStoryLightsForAFixedSeed()
    {
        var touchpoints = RunDemo(_folder.File("demo.duckdb"), "--customers", "2000", "--seed", "7");

        Assert.Equal("red", Light(touchpoints["store-enquiry"]));
        Assert.Equal("red", Light(touchpoints["out-of-stock"]));
        Assert.Equal("green", Light(touchpoints["launch-marketing"]));
        Assert.True(touchpoints["launch-marketing"].GetProperty("wow").GetBoolean());
        Assert.Equal("green", Light(touchpoints["launch-purchase"]));
        Assert.False(touchpoints["launch-purchase"].GetProperty("wow").GetBoolean());
        foreach (var id in new[] { "store-enquiry", "out-of-stock", "launch-marketing", "launch-purchase" })
        {
            Assert.False(touchpoints[id].GetProperty("uncertain").GetBoolean(), id);
            Assert.True(touchpoints[id].GetProperty("gap").GetProperty("n").GetInt64() >= 30, id);
        }
    }

    [Fact]
    public void RunningTheDemoAgainRebuildsTheSameData()
    {
        var db = _folder.File("again.duckdb");
        var first = RunDemo(db, "--customers", "500", "--seed", "3");
        var second = RunDemo(db, "--customers", "500", "--seed", "3");

        foreach (var (id, card) in first)
        {
            Assert.Equal(card.GetProperty("responses").GetInt64(), second[id].GetProperty("responses").GetInt64());
            Assert.Equal(card.GetProperty("gap").ToString(), second[id].GetProperty("gap").ToString());
        }
    }

    private static Dictionary<string, JsonElement> RunDemo(string db, params string[] options)
    {
        var result = CliRunner.Run(["demo", .. options, "--format", "json", "--db", db]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("touchpoints").EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t.Clone());
    }

    private static string? Light(JsonElement touchpoint) => touchpoint.GetProperty("light").GetString();
}
