using Pathlight.Metrics;

namespace Pathlight.Tests.Storage;

public sealed class TrendPeriodsTests
{
    [Theory]
    [InlineData("2025-03-05T13:00:00", TrendPeriod.Week, "2025-03-03")] // a Wednesday: back two days to Monday
    [InlineData("2025-03-09T23:59:59", TrendPeriod.Week, "2025-03-03")] // a Sunday belongs to the week before it
    [InlineData("2025-03-10T00:00:00", TrendPeriod.Week, "2025-03-10")] // a Monday at midnight starts its own week
    [InlineData("2025-01-01T08:00:00", TrendPeriod.Week, "2024-12-30")] // weeks cross years
    [InlineData("2025-03-31T23:00:00", TrendPeriod.Month, "2025-03-01")]
    public void StartOfIsTheMondayOrTheFirstOfTheMonth(string at, TrendPeriod period, string start)
    {
        var instant = DateTime.SpecifyKind(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        var actual = TrendPeriods.StartOf(instant, period);

        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), actual);
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
    }

    [Fact]
    public void BetweenListsEveryPeriodIncludingEmptyOnes()
    {
        var first = new DateTime(2025, 1, 30, 0, 0, 0, DateTimeKind.Utc);
        var last = new DateTime(2025, 4, 2, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(
            [new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc),
             new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc)],
            TrendPeriods.Between(first, last, TrendPeriod.Month));

        // Thursday 30 Jan is in the week of Monday 27 Jan; Wednesday 2 Apr in the week of 31 Mar: 10 weeks in all.
        Assert.Equal(10, TrendPeriods.Between(first, last, TrendPeriod.Week).Count);
        Assert.Empty(TrendPeriods.Between(last, first, TrendPeriod.Week));
    }

    [Fact]
    public void ChooseWeeksUpToHalfAYear()
    {
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(TrendPeriod.Week, TrendPeriods.Choose(start, start.AddDays(183)));
        Assert.Equal(TrendPeriod.Month, TrendPeriods.Choose(start, start.AddDays(184)));
    }
}
