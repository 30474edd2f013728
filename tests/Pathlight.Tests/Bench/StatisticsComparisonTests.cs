using Pathlight.Cli.Bench;
using Pathlight.Drivers;
using Pathlight.Journeys;
using Pathlight.Metrics;

namespace Pathlight.Tests.Bench;

public sealed class StatisticsComparisonTests
{
    [Fact]
    public void EqualStatisticsHaveNoDifference()
    {
        Assert.Empty(StatisticsComparison.Scorecard(Journey(), Journey()));
    }

    [Fact]
    public void AHistogramCountThatDiffersIsNamed()
    {
        var pathlight = Journey();
        pathlight.Responses["tp-001"].Nps[9]++;

        var difference = Assert.Single(StatisticsComparison.Scorecard(Journey(), pathlight));

        Assert.Equal("scorecard tp-001: nps = 9 40 (raw) vs 41 (Pathlight)", difference);
    }

    [Fact]
    public void AMomentSumThatDiffersIsNamed()
    {
        var pathlight = Journey();
        var group = pathlight.Responses["tp-002"];
        group.Gap = group.Gap with { SumOfSquares = group.Gap.SumOfSquares + 1 };

        var difference = Assert.Single(StatisticsComparison.Scorecard(Journey(), pathlight));

        Assert.StartsWith("scorecard tp-002: gap sum of squares", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationshipAnswersAreCompared()
    {
        var pathlight = Journey();
        pathlight.Relationship.WouldReturn = pathlight.Relationship.WouldReturn with { No = 0 };

        Assert.Equal(["scorecard relationship: would_return no 4 (raw) vs 0 (Pathlight)"], StatisticsComparison.Scorecard(Journey(), pathlight));
    }

    [Fact]
    public void ATouchpointMissingOnOneSideShowsAsItsCounts()
    {
        var pathlight = Journey();
        pathlight.Responses.Remove("tp-002");

        var differences = StatisticsComparison.Scorecard(Journey(), pathlight);

        Assert.Contains("scorecard tp-002: responses 100 (raw) vs 0 (Pathlight)", differences);
        Assert.All(differences, d => Assert.StartsWith("scorecard tp-002:", d, StringComparison.Ordinal));
    }

    [Fact]
    public void TrendGroupsAreMatchedByMonthAndTouchpoint()
    {
        var march = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var april = march.AddMonths(1);
        PeriodStatistics[] raw = [new(march, "tp-001", Group(10)), new(april, "tp-001", Group(20)), new(april, null, Group(5))];
        PeriodStatistics[] pathlight = [new(april, null, Group(5)), new(april, "tp-001", Group(20)), new(march, "tp-001", Group(10))];
        Assert.Empty(StatisticsComparison.Trend(raw, pathlight));

        pathlight[1] = new PeriodStatistics(april, "tp-001", Group(21));
        var differences = StatisticsComparison.Trend(raw, pathlight);

        Assert.Contains("trend 2024-04 tp-001: responses 20 (raw) vs 21 (Pathlight)", differences);
    }

    [Fact]
    public void AGroupTheTrendHasTwiceIsADifference()
    {
        var month = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        var differences = StatisticsComparison.Trend([new(month, "tp-001", Group(1))], [new(month, "tp-001", Group(1)), new(month, "tp-001", Group(1))]);

        Assert.Equal(["trend 2024-03 tp-001: the Pathlight trend has this group twice"], differences);
    }

    [Fact]
    public void DriverAnalysesOfTheSameCustomersAgree()
    {
        var journey = JourneyFile.Parse(new BenchData(new BenchDataSize(1, 3, 1, 1, 1)).JourneyYaml(), "bench.journey.yaml");

        Assert.Empty(StatisticsComparison.Drivers(Drivers(journey, 200), Drivers(journey, 200)));
    }

    [Fact]
    public void DriverAnalysesOfDifferentCustomersDiffer()
    {
        var journey = JourneyFile.Parse(new BenchData(new BenchDataSize(1, 3, 1, 1, 1)).JourneyYaml(), "bench.journey.yaml");

        var differences = StatisticsComparison.Drivers(Drivers(journey, 200), Drivers(journey, 199));

        Assert.Contains("drivers: customers 200 (raw) vs 199 (Pathlight)", differences);
        Assert.Contains(differences, d => d.StartsWith("drivers tp-001: r ", StringComparison.Ordinal));
    }

    private static DriverReport Drivers(Journey journey, int customers)
    {
        var sample = new DriverSample(journey.Touchpoints.Count);
        for (var c = 0; c < customers; c++)
        {
            // Scores that move with the outcome, with a different pattern per touchpoint so none is constant.
            var outcome = c % 11;
            sample.Add(outcome, [(outcome + (c % 3)) % 11, (outcome * 7 % 11) + (c % 2), c % 5 == 0 ? double.NaN : 10 - outcome]);
        }

        return DriverAnalysis.Analyze(journey, DriverOutcome.Nps, sample, null, null);
    }

    private static JourneyStatistics Journey()
    {
        var statistics = new JourneyStatistics();
        statistics.Responses["tp-001"] = Group(100);
        statistics.Responses["tp-002"] = Group(100);
        statistics.Relationship.Merge(Group(10));
        return statistics;
    }

    // A group of n responses with every kind of answer, so that each field has something to compare.
    private static ResponseStatistics Group(long n)
    {
        var group = new ResponseStatistics { Responses = n };
        group.Nps[9] = n * 4 / 10;
        group.Nps[3] = n - group.Nps[9];
        group.Csat[4] = n / 2;
        group.Ces[1] = n / 3;
        group.Gap = new Moments(n, -0.5 * n, 2.5 * n);
        group.Score = new Moments(n, 7.0 * n, 52.0 * n);
        group.Expectation = new Moments(n, 7.5 * n, 58.0 * n);
        group.ExpectationsMet = new YesNo(n / 2, n / 4);
        group.WouldReturn = new YesNo(n / 2, (n * 4) / 10);
        group.WouldRecommend = new YesNo(n / 3, n / 5);
        return group;
    }
}
