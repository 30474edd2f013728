using System.Text.Json;
using Pathlight.Support;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Support;

/// <summary><c>pathlight support</c> over the hand-made store: the same figures as a table, JSON and CSV.</summary>
public sealed class SupportCommandTests(HandMadeSupportStore hand) : IClassFixture<HandMadeSupportStore>
{
    [Fact]
    public void JsonHasTheFiguresWithIntervalsAndN()
    {
        var result = CliRunner.Run("support", "--format", "json", "--db", hand.Store.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("j", root.GetProperty("journey").GetProperty("id").GetString());
        Assert.Equal(90, root.GetProperty("churn_window_days").GetInt32());
        Assert.Equal("2025-09-17T00:00:00Z", root.GetProperty("observed_until").GetString());
        var a = root.GetProperty("touchpoints")[0];
        Assert.Equal("a", a.GetProperty("touchpoint").GetString());
        Assert.Equal(3, a.GetProperty("cases").GetInt64());
        Assert.Equal(3, a.GetProperty("customers").GetInt64());
        Assert.Equal(6, a.GetProperty("contacts").GetInt64());
        var rate = a.GetProperty("cases_per_1000");
        Assert.Equal(375, rate.GetProperty("value").GetDouble(), 9);
        Assert.Equal(8, rate.GetProperty("n").GetInt64());
        var recovery = a.GetProperty("time_to_recover_hours");
        Assert.Equal(6, recovery.GetProperty("median").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, recovery.GetProperty("median").GetProperty("low").ValueKind);
        Assert.Equal(1, recovery.GetProperty("open").GetInt64());
        var churn = a.GetProperty("churn_90d");
        Assert.Equal(-16.666667, churn.GetProperty("difference").GetProperty("value").GetDouble(), 5);
        Assert.Equal(1, churn.GetProperty("pending_without_case").GetInt64());
        Assert.Equal(-50, a.GetProperty("nps_after").GetProperty("difference").GetProperty("value").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("touchpoints")[2].GetProperty("touchpoint").ValueKind);
        Assert.Equal(5, root.GetProperty("overall").GetProperty("cases").GetInt64());
    }

    [Fact]
    public void CsvHasOneRowPerTouchpointAndTheOverallRow()
    {
        var result = CliRunner.Run("support", "--format", "csv", "--db", hand.Store.Path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', SupportCsv.Columns), lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("touchpoint,a,Touchpoint a,,3,3,6,8,2,1,0,1,375,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("overall,,All touchpoints,,5,5,8,10,4,1,", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void TableShowsTouchpointsWithCasesAndExplainsTheDefinitions()
    {
        var result = CliRunner.Run("support", "--db", hand.Store.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Touchpoint a", result.Out, StringComparison.Ordinal);
        Assert.Contains("375.0 [77.3, 1095.9] n=8", result.Out, StringComparison.Ordinal);
        Assert.Contains("All touchpoints", result.Out, StringComparison.Ordinal);
        Assert.Contains("within 90 days after the customer's first case", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadFilterIsAUsageError()
    {
        var result = CliRunner.Run("support", "--where", "region", "--db", hand.Store.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("attribute=value", result.Error, StringComparison.Ordinal);
    }
}
