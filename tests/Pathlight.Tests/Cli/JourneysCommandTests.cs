using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class JourneysCommandTests : IDisposable
{
    private readonly CliStore _store = new();

    public JourneysCommandTests()
    {
        _store.Import("responses", "r.csv", "id,touchpoint,timestamp,nps\nr1,launch-purchase,2025-03-01,9\nr2,,2025-03-01,4\n");
        _store.Import("outcomes", "o.csv", "id,customer_id,kind,timestamp\no1,c1,churned,2025-05-01\n");
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void TableListsTheLoadedJourneyWithItsCounts()
    {
        var result = _store.Run("journeys");

        Assert.Equal(0, result.ExitCode);
        var row = result.Out.Split('\n').Single(l => l.Contains("product-launch", StringComparison.Ordinal));
        Assert.Equal(["product-launch", "New product launch", "4", "7", "0", "2", "0", "1"],
            row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where((_, i) => i != 4));
        Assert.Contains("Loaded (UTC)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonListsTheLoadedJourney()
    {
        var result = _store.Run("journeys", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var journey = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("product-launch", journey.GetProperty("id").GetString());
        Assert.Equal("New product launch", journey.GetProperty("name").GetString());
        Assert.Equal(4, journey.GetProperty("stages").GetInt32());
        Assert.Equal(7, journey.GetProperty("touchpoints").GetInt32());
        Assert.Equal(0, journey.GetProperty("interactions").GetInt64());
        Assert.Equal(2, journey.GetProperty("responses").GetInt64());
        Assert.Equal(0, journey.GetProperty("cases").GetInt64());
        Assert.Equal(1, journey.GetProperty("outcomes").GetInt64());
        var loaded = DateTime.Parse(journey.GetProperty("loaded_at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.InRange(loaded, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddMinutes(10));
    }

    [Fact]
    public void CsvListsTheLoadedJourney()
    {
        var result = _store.Run("journeys", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        using var csv = CsvReader.Create(new StringReader(result.Out), new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        Assert.True(csv.Read());
        Assert.Equal(["id", "name", "stages", "touchpoints", "loaded_at", "interactions", "responses", "cases", "outcomes"], csv.Headers);
        Assert.Equal(["product-launch", "New product launch", "4", "7", "0", "2", "0", "1"],
            Enumerable.Range(0, csv.FieldCount).Where(i => i != 4).Select(csv.GetString));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", csv.GetString(4));
        Assert.False(csv.Read());
    }

    [Fact]
    public void AStoreWithoutJourneysSaysHowToLoadOne()
    {
        var empty = _store.Folder.File("empty.duckdb");
        DuckDbStore.Open(empty, create: true);

        var result = CliRunner.Run("journeys", "--db", empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No journey is loaded", result.Out, StringComparison.Ordinal);
        Assert.Equal("[]", CliRunner.Run("journeys", "--db", empty, "--format", "json").Out.Trim());
    }
}
