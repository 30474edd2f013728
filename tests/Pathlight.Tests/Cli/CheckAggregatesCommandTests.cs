using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class CheckAggregatesCommandTests : IDisposable
{
    private readonly CliStore _store = new();

    public CheckAggregatesCommandTests()
    {
        var import = _store.Import("responses", "responses.csv", """
            id,touchpoint,timestamp,nps,region
            r1,store-enquiry,2026-03-01T10:00:00Z,9,north
            r2,store-enquiry,2026-03-01T11:00:00Z,9,north
            r3,,2026-03-02T09:00:00Z,4,south
            """);
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void AggregatesThatAgreeExitZero()
    {
        var result = _store.Run("check-aggregates");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("The aggregates of 'product-launch' agree with its raw facts.\n", result.Out);
    }

    [Fact]
    public void EachDifferenceIsPrintedAndTheExitCodeIsOne()
    {
        DuckDbFile.Execute(_store.Db, "UPDATE response_aggregates SET nps_9 = nps_9 + 1 WHERE touchpoint_id = 'store-enquiry'");

        var result = _store.Run("check-aggregates", "--journey", CliStore.JourneyId);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("response_aggregates, touchpoint 'store-enquiry', 2026-03-01, region=north, customer_type=(none): nps_9 is 3, raw facts give 2.\n",
            result.Out);
        Assert.StartsWith("error: 1 difference between the aggregates of 'product-launch' and its raw facts", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownJourneyIsAClearError()
    {
        var result = _store.Run("check-aggregates", "--journey", "nope");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No journey 'nope' is loaded", result.Error, StringComparison.Ordinal);
    }
}
