using CsvHelper;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

/// <summary>The scorecard as CSV and as a table, over the hand-made responses of <see cref="ScorecardResponses"/>.</summary>
public sealed class ScorecardOutputTests : IDisposable
{
    private readonly CliStore _store = new();

    public ScorecardOutputTests()
    {
        var import = _store.Import("responses", "responses.csv", ScorecardResponses.Csv());
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void CsvHasOneRowPerTouchpointStageAndTheWholeJourney()
    {
        var result = _store.Run("scorecard", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        using var csv = CsvReader.Create(new StringReader(result.Out), new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => csv.GetString(c.i)));
        }

        Assert.Equal(7, rows.Count(r => r["level"] == "touchpoint"));
        Assert.Equal(["hear", "anticipate", "buy", "get-help"], rows.Where(r => r["level"] == "stage").Select(r => r["id"]));
        Assert.Equal("product-launch", rows.Single(r => r["level"] == "overall")["id"]);
        Assert.Single(rows, r => r["level"] == "relationship");
        Assert.Equal(13, rows.Count);
        var purchase = rows.Single(r => r["id"] == "launch-purchase");
        Assert.Equal("yellow", purchase["light"]);
        Assert.Equal("-0.8", purchase["gap"]);
        Assert.Equal("50", purchase["gap_n"]);
        Assert.Equal("", rows.Single(r => r["id"] == "product-news")["gap"]);
    }

    [Fact]
    public void TableShowsTheLightsAsWords()
    {
        var result = _store.Run("scorecard", "--from", "2025-03-01", "--to", "2025-03-31");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("New product launch (product-launch) — from 2025-03-01 00:00, before 2025-04-01 00:00", result.Out, StringComparison.Ordinal);
        Assert.Contains("RED", Row(result.Out, "Launch-day purchase"), StringComparison.Ordinal);
        Assert.Contains("GREEN", Row(result.Out, "Store enquiries"), StringComparison.Ordinal);
        Assert.Contains("GREY", Row(result.Out, "Product news in the media"), StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void TableWithoutFiltersShowsTheYellowLight()
    {
        var result = _store.Run("scorecard");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("YELLOW", Row(result.Out, "Launch-day purchase"), StringComparison.Ordinal);
        Assert.Contains("−0.80", Row(result.Out, "Launch-day purchase"), StringComparison.Ordinal);
    }

    private static string Row(string table, string touchpoint) =>
        table.Split('\n').Single(line => line.Contains(touchpoint, StringComparison.Ordinal));
}
