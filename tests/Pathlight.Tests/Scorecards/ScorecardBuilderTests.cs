using Pathlight.Metrics;
using Pathlight.Scorecards;
using Pathlight.Tests.Statistics;

namespace Pathlight.Tests.Scorecards;

public sealed class ScorecardBuilderTests
{
    private readonly Scorecard _scorecard =
        ScorecardBuilder.Build(ScorecardFixture.Journey, ScorecardFixture.Statistics(), ScorecardFixture.From, ScorecardFixture.To);

    [Fact]
    public void CardsFollowJourneyAndStageOrder()
    {
        Assert.Equal(["ad", "shop", "call"], _scorecard.Touchpoints.Select(t => t.Id));
        Assert.Equal(["see", "help"], _scorecard.Stages.Select(s => s.Id));
        Assert.Equal(["ad", "shop"], _scorecard.Stages[0].TouchpointIds);
    }

    [Fact]
    public void ExpectationAnswersGiveTheGap()
    {
        var ad = _scorecard.Touchpoints[0].Perception;

        MeasureAssert.Equal(ad.Gap, 1, 1, 1, 30);
        Assert.Equal(GapSource.Expectation, ad.GapSource);
        Assert.Equal((Light.Green, true, false), (ad.Light, ad.Wow, ad.Uncertain));
        MeasureAssert.Equal(ad.Nps, 100, 78.69749948171827, 100, 30);
        Assert.Equal(30, ad.Responses);
    }

    [Fact]
    public void ExpectedScoreFallbackGivesTheGap()
    {
        var shop = _scorecard.Touchpoints[1].Perception;

        MeasureAssert.Equal(shop.Gap, -2, -2, -2, 30);
        Assert.Equal(GapSource.ExpectedScore, shop.GapSource);
        Assert.Equal((Light.Red, false, false), (shop.Light, shop.Wow, shop.Uncertain));
    }

    [Fact]
    public void TouchpointWithoutDataIsGreyAndNull()
    {
        var call = _scorecard.Touchpoints[2];

        Assert.Equal(Light.Grey, call.Perception.Light);
        Assert.Null(call.Perception.Gap);
        Assert.Null(call.Perception.GapSource);
        Assert.Null(call.Perception.Nps);
        Assert.Null(call.Perception.ThreeQuestions.Affirmative);
        Assert.Equal(0, call.Perception.Responses);
        Assert.NotNull(call.Kpi);
        Assert.Null(call.Kpi.Value);
        Assert.Equal(Light.Grey, call.Kpi.Light);
    }

    [Fact]
    public void KpiIsMeasuredFromInteractions()
    {
        var kpi = _scorecard.Touchpoints[0].Kpi;

        Assert.NotNull(kpi);
        MeasureAssert.Equal(kpi.Value, 80, 62.69395261897256, 90.49502189759876, 30);
        Assert.Equal(Light.Green, kpi.Light);
        Assert.Null(_scorecard.Touchpoints[1].Kpi);
    }

    // 30 gaps of +1 and 30 of −2: mean −0.5, s² = (150 − 30²/60)/59 = 135/59, se = sqrt(135/59/60) = 0.195283,
    // t(0.975, 59) = 2.0009954 → [−0.890761, −0.109239]: yellow, clear of both boundaries.
    [Fact]
    public void StagePoolsEachTouchpointsGapSource()
    {
        var see = _scorecard.Stages[0].Perception;

        MeasureAssert.Equal(see.Gap, -0.5, -0.8907611137264602, -0.10923888627353978, 60);
        Assert.Equal(GapSource.Mixed, see.GapSource);
        Assert.Equal((Light.Yellow, false, false), (see.Light, see.Wow, see.Uncertain));
    }

    // 30 promoters (9) and 30 detractors (6): NPS 0; met 30 + 27 of 60.
    [Fact]
    public void StageMergesResponseStatistics()
    {
        var see = _scorecard.Stages[0].Perception;

        MeasureAssert.Equal(see.Nps, 0, -24.397935553223745, 24.397935553223745, 60);
        Assert.Equal(95, see.ThreeQuestions.Met!.Value, 1e-12);
        Assert.Equal(60, see.Responses);
    }

    [Fact]
    public void OverallPoolsEveryTouchpoint()
    {
        Assert.Equal(_scorecard.Stages[0].Perception, _scorecard.Overall);
        Assert.Equal(Light.Grey, _scorecard.Stages[1].Perception.Light);
    }

    [Fact]
    public void RelationshipComesFromResponsesWithoutTouchpoint()
    {
        MeasureAssert.Equal(_scorecard.Relationship.Nps, 0, -73.33648478076925, 73.33648478076925, 2);
        Assert.Equal(2, _scorecard.Relationship.Responses);
        Assert.Null(_scorecard.Relationship.ThreeQuestions.Met);
    }

    [Fact]
    public void EmptyStatisticsGiveGreyNullsEverywhere()
    {
        var scorecard = ScorecardBuilder.Build(ScorecardFixture.Journey, new(), null, null);

        Assert.All(
            scorecard.Touchpoints.Select(t => t.Perception).Concat(scorecard.Stages.Select(s => s.Perception)).Append(scorecard.Overall),
            card =>
            {
                Assert.Equal((Light.Grey, false, false), (card.Light, card.Wow, card.Uncertain));
                Assert.Null(card.Gap);
                Assert.Null(card.Nps);
                Assert.Null(card.Csat);
                Assert.Null(card.Ces);
                Assert.Null(card.ThreeQuestions.OnTrack);
                Assert.Equal(0, card.Responses);
            });
        Assert.Null(scorecard.Relationship.Nps);
        Assert.Null(scorecard.From);
    }

    [Fact]
    public void UnspecifiedTimesAreTakenAsUtc()
    {
        var scorecard = ScorecardBuilder.Build(ScorecardFixture.Journey, new(), new DateTime(2025, 1, 2), null);

        Assert.Equal(DateTimeKind.Utc, scorecard.From!.Value.Kind);
        Assert.Equal(new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc), scorecard.From);
    }
}
