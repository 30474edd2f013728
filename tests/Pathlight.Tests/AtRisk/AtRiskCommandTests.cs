using System.Text.Json;
using static Pathlight.Tests.AtRisk.RiskStore;

namespace Pathlight.Tests.AtRisk;

public sealed class AtRiskCommandTests : IDisposable
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly RiskStore _store = new();

    public AtRiskCommandTests()
    {
        _store.Import("responses", $"r1,,{At(-2 * Day)},c1,4,,", $"r2,checkout,{At(-Day)},c2,8,7,8");
        _store.Import("cases", $"s1,delivery,c1,{At(-3 * Day)},,2,", $"s2,checkout,c3,{At(-5 * Day)},{At(-4 * Day)},2,yes");
    }

    [Fact]
    public void JsonListsEachCustomerWithReasonsScoreAndLastContact()
    {
        var result = _store.Run("at-risk", "--format", "json", "--as-of", At(TimeSpan.Zero));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("given", root.GetProperty("as_of_source").GetString());
        Assert.Equal(30, root.GetProperty("days").GetInt32());
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        var first = root.GetProperty("customers")[0];
        Assert.Equal("c1", first.GetProperty("customer_id").GetString());
        Assert.Equal(5, first.GetProperty("risk_score").GetInt32());
        Assert.Equal(T - (2 * Day), first.GetProperty("last_contact").GetDateTime().ToUniversalTime());
        var reasons = first.GetProperty("reasons").EnumerateArray().Select(r => (
            r.GetProperty("reason").GetString(), r.GetProperty("fact_id").GetString(), r.GetProperty("touchpoint").GetString(),
            r.GetProperty("value").GetString(), r.GetProperty("weight").GetInt32())).ToList();
        Assert.Equal([("open_case", "s1", "delivery", "open", 3), ("detractor", "r1", null, "4", 2)], reasons);
        Assert.Equal("c3", root.GetProperty("customers")[1].GetProperty("customer_id").GetString());
    }

    [Fact]
    public void CsvHasOneRowPerReason()
    {
        var result = _store.Run("at-risk", "--format", "csv", "--as-of", At(TimeSpan.Zero));

        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("customer_id,risk_score,last_contact,reason,fact_id,touchpoint,at,value,weight", lines[0]);
        Assert.Equal(["c1", "c1", "c3"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.StartsWith("c1,5,2026-04-29T12:00:00Z,open_case,s1,delivery,2026-04-28T12:00:00Z,open,3", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void TableNamesTheTouchpointsAndTheRule()
    {
        var result = _store.Run("at-risk", "--as-of", At(TimeSpan.Zero));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Open support case: Delivery, 2026-04-28 12:00, open (s1)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Detractor answer: relationship survey, 2026-04-29 12:00, score 4 (r1)", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 customers at risk", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--as-of", "last tuesday")]
    public void BadWindowIsAUsageError(string option, string value)
    {
        var result = _store.Run("at-risk", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();
}
