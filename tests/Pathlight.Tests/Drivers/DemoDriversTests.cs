using System.Text.Json;
using Pathlight.Drivers;

namespace Pathlight.Tests.Drivers;

/// <summary><c>pathlight drivers</c> over the demo: the findings come from the data, the outputs agree.</summary>
public sealed class DemoDriversTests(DemoDriversStore demo) : IClassFixture<DemoDriversStore>
{
    [Theory]
    [InlineData("recommend")]
    [InlineData("return")]
    [InlineData("nps")]
    public void OutOfStockIsALeadingDriverOfLoyalty(string outcome)
    {
        using var json = Json("--outcome", outcome);

        var drivers = json.RootElement.GetProperty("drivers").EnumerateArray().ToList();
        var top = drivers.Take(2).Select(d => d.GetProperty("touchpoint").GetString()).ToList();
        Assert.Contains("out-of-stock", top);
        var outOfStock = drivers.Single(d => d.GetProperty("touchpoint").GetString() == "out-of-stock");
        Assert.Equal("fix_first", outOfStock.GetProperty("quadrant").GetString());
        Assert.True(outOfStock.GetProperty("r_low").GetDouble() > 0, "customers who rated the stock-out higher stay more loyal");
    }

    [Fact]
    public void TheJsonStatesTheModelAndHowMissingTouchpointsAreHandled()
    {
        using var json = Json();

        var root = json.RootElement;
        Assert.Equal("recommend", root.GetProperty("outcome").GetString());
        Assert.Equal("lmg", root.GetProperty("method").GetString());
        Assert.Equal("indicator", root.GetProperty("missing").GetProperty("method").GetString());
        Assert.Contains("indicator", root.GetProperty("missing").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("mean across drivers", root.GetProperty("cuts").GetProperty("rule").GetString());
        var r2 = root.GetProperty("r2").GetDouble();
        Assert.InRange(r2, 0.05, 0.95);
        var n = root.GetProperty("n").GetInt64();
        Assert.InRange(n, 100, root.GetProperty("customers").GetInt64());
        var drivers = root.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(7, drivers.Count);
        Assert.Equal(r2, drivers.Sum(d => d.GetProperty("importance").GetDouble()), 9);
        Assert.Equal(1, drivers.Sum(d => d.GetProperty("share").GetDouble()), 9);
        foreach (var d in drivers)
        {
            Assert.InRange(d.GetProperty("r").GetDouble(), d.GetProperty("r_low").GetDouble(), d.GetProperty("r_high").GetDouble());
            Assert.InRange(d.GetProperty("n").GetInt64(), 30, n);
            Assert.InRange(d.GetProperty("performance").GetDouble(), 0, 10);
            Assert.NotNull(d.GetProperty("name").GetString());
        }

        // Importance decides the order; the cuts are the means across the drivers.
        var importance = drivers.Select(d => d.GetProperty("importance").GetDouble()).ToList();
        Assert.Equal(importance.OrderByDescending(i => i), importance);
        Assert.Equal(importance.Average(), root.GetProperty("cuts").GetProperty("importance").GetDouble(), 12);
        Assert.Equal(drivers.Average(d => d.GetProperty("performance").GetDouble()),
            root.GetProperty("cuts").GetProperty("performance").GetDouble(), 12);
    }

    [Fact]
    public void ChurnIsKnownForEveryCustomerWithAScore()
    {
        using var json = Json("--outcome", "churn");

        Assert.Equal(json.RootElement.GetProperty("customers").GetInt64(), json.RootElement.GetProperty("n").GetInt64());
        // A higher score goes with less churn at the stock-out.
        var outOfStock = json.RootElement.GetProperty("drivers").EnumerateArray()
            .Single(d => d.GetProperty("touchpoint").GetString() == "out-of-stock");
        Assert.True(outOfStock.GetProperty("r").GetDouble() < 0);
    }

    [Fact]
    public void AFilterNarrowsTheCustomers()
    {
        using var all = Json();
        using var north = Json("--where", "region=north", "--to", "2026-06-30");

        Assert.True(north.RootElement.GetProperty("customers").GetInt64() < all.RootElement.GetProperty("customers").GetInt64());
        Assert.Equal("2026-07-01T00:00:00Z", north.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public void TheCsvHasARowPerDriverInRankOrder()
    {
        var result = demo.Drivers("--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', DriverCsv.Columns), lines[0]);
        Assert.Equal(8, lines.Length);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void TheTableShowsEachTouchpointWithItsQuadrant()
    {
        var result = demo.Drivers("--outcome", "nps");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Out of stock", result.Out, StringComparison.Ordinal);
        Assert.Contains("Fix first", result.Out, StringComparison.Ordinal);
        Assert.Contains("Mean imputation with an indicator", result.Out, StringComparison.Ordinal);
        Assert.Contains("R² = ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOutcomeIsAUsageError()
    {
        var result = demo.Drivers("--outcome", "happiness");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("happiness", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFilterThatMatchesNoCustomerSaysThereIsNoModel()
    {
        using var json = Json("--where", "region=atlantis");

        Assert.Equal(0, json.RootElement.GetProperty("customers").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("r2").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("drivers").EnumerateArray());
        Assert.Equal(7, json.RootElement.GetProperty("excluded").GetArrayLength());
    }

    private JsonDocument Json(params string[] options)
    {
        var result = demo.Drivers(["--format", "json", .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out);
    }
}
