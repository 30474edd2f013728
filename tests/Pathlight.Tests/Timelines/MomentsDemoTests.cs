using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Timelines;

public sealed class MomentsDemoTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Theory]
    [InlineData("nps")]
    [InlineData("recommend")]
    [InlineData("return")]
    public void TheAnalysisRunsOnTheDemoForEachOutcome(string outcome)
    {
        var result = CliRunner.Run("moments", "--outcome", outcome, "--format", "json", "--db", demo.Db);

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(outcome, root.GetProperty("outcome").GetString());
        var n = root.GetProperty("n").GetInt32();
        Assert.True(n > 30, $"n = {n}");
        Assert.InRange(root.GetProperty("average_r2").GetDouble(), 0.0, 1.0);
        Assert.Equal(4, root.GetProperty("increments").GetArrayLength());
        foreach (var increment in root.GetProperty("increments").EnumerateArray())
        {
            Assert.Equal(n, increment.GetProperty("delta_r2").GetProperty("n").GetInt32());
        }

        Assert.True(root.GetProperty("statements").GetArrayLength() >= 6);
    }

    [Fact]
    public void TheTableAndCsvShowTheSameCustomers()
    {
        var table = CliRunner.Run("moments", "--db", demo.Db);
        var csv = CliRunner.Run("moments", "--format", "csv", "--db", demo.Db);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("The last contact", table.Out, StringComparison.Ordinal);
        var rows = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, rows.Length);
        Assert.StartsWith("nps,average,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOutcomeIsAUsageError()
    {
        var result = CliRunner.Run("moments", "--outcome", "churn", "--db", demo.Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("churn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADemoCustomersTimelineHoldsTheirScoresInOrder()
    {
        var store = DuckDbStore.Open(demo.Db, create: false);
        var journey = store.GetJourney(null);
        var scored = store.GetCustomerScores(journey, FactFilter.All).First(c => c.Scores.Count >= 2 && c.Nps is not null);

        var result = CliRunner.Run("customer", scored.CustomerId, "--format", "json", "--db", demo.Db);

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var points = document.RootElement.GetProperty("experience").GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(scored.Scores, points.Select(p => p.GetProperty("score").GetDouble()));
        Assert.Equal(scored.Scores.Average(), points[^1].GetProperty("running").GetDouble(), 1e-12);
        Assert.Equal(scored.Nps, document.RootElement.GetProperty("relationship").GetProperty("nps").GetInt32());
    }
}
