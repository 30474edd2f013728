using Pathlight.Journeys;

namespace Pathlight.Tests.Journeys;

public sealed class JourneyFileTests
{
    [Fact]
    public void SampleParsesToTheProductLaunchJourney()
    {
        var path = JourneyYaml.SamplePath;

        var journey = JourneyFile.Load(path);

        Assert.Equal("product-launch", journey.Id);
        Assert.Equal("New product launch", journey.Name);
        Assert.Equal("From the first rumour to the support calls after the stock-out.", journey.Description);
        Assert.Equal(File.ReadAllText(path), journey.Source);
        Assert.Equal(
            [new Stage("hear", "Hear about it", 0), new Stage("anticipate", "Anticipate", 1), new Stage("buy", "Buy", 2), new Stage("get-help", "Get help", 3)],
            journey.Stages);
        Assert.Equal(
            ["product-news", "store-enquiry", "call-centre-enquiry", "launch-marketing", "launch-purchase", "out-of-stock", "support-contact"],
            journey.Touchpoints.Select(t => t.Id));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], journey.Touchpoints.Select(t => t.Order));
        Assert.Equal(["hear", "anticipate", "anticipate", "anticipate", "buy", "buy", "get-help"], journey.Touchpoints.Select(t => t.StageId));
        Assert.Equal([false, true, true, true, true, false, true], journey.Touchpoints.Select(t => t.Intentional));
        Assert.Equal([6.0, 7, 7, 6, 8, 6, 7], journey.Touchpoints.Select(t => t.ExpectedScore ?? double.NaN));
        Assert.Equal((30, 1.0, 1.0, 0.10), (journey.Options.MinSample, journey.Options.Tolerance, journey.Options.WowThreshold, journey.Options.KpiTolerance));
        Assert.Equal(["region", "customer_type"], journey.Options.SegmentDimensions);
    }

    [Fact]
    public void SampleTouchpointsCarryTheirKpis()
    {
        var journey = JourneyFile.Load(JourneyYaml.SamplePath);

        var news = journey.FindTouchpoint("product-news")!;
        Assert.Null(news.Kpi);
        Assert.Equal("Communications", news.Owner);
        Assert.Equal("media", news.Channel);
        Assert.Equal("Leaks and reviews tell customers the product is coming.", news.Purpose);
        Assert.Equal(
            new KpiDefinition("Questions answered", KpiKind.Rate, KpiMeasure.Success, 80, true),
            journey.FindTouchpoint("store-enquiry")!.Kpi);
        Assert.Equal(
            new KpiDefinition("Median handle time (s)", KpiKind.Median, KpiMeasure.DurationSeconds, 240, false),
            journey.FindTouchpoint("call-centre-enquiry")!.Kpi);
        Assert.Equal(
            [null, 80.0, 240, 3, 70, 50, 70],
            journey.Touchpoints.Select(t => t.Kpi?.Target));
    }

    [Fact]
    public void DefaultsApplyWhenOptionalKeysAreLeftOut()
    {
        var journey = JourneyYaml.Parse(JourneyYaml.Minimal);

        Assert.Null(journey.Description);
        Assert.Equal(30, journey.Options.MinSample);
        Assert.Equal(1.0, journey.Options.Tolerance);
        Assert.Equal(1.0, journey.Options.WowThreshold);
        Assert.Equal(0.10, journey.Options.KpiTolerance);
        Assert.Empty(journey.Options.SegmentDimensions);
        Assert.Equal(new Touchpoint("t", "T", "s", "web", null, true, null, null, null, 0), Assert.Single(journey.Touchpoints));
    }

    [Fact]
    public void OptionsGivenInPartKeepDefaultsForTheRest()
    {
        var journey = JourneyYaml.Parse(JourneyYaml.Minimal + """
            options:
              min_sample: 50
              kpi_tolerance: 0
            """);

        Assert.Equal((50, 1.0, 1.0, 0.0), (journey.Options.MinSample, journey.Options.Tolerance, journey.Options.WowThreshold, journey.Options.KpiTolerance));
        Assert.Empty(journey.Options.SegmentDimensions);
    }

    [Fact]
    public void KpiMeasureDefaultsToSuccessForRatesAndToDurationOtherwise()
    {
        var journey = JourneyYaml.Parse("""
            id: j
            name: J
            stages: [{id: s, name: S}]
            touchpoints:
              - {id: a, name: A, stage: s, channel: web, kpi: {name: Conversion, kind: rate, target: 70}}
              - {id: b, name: B, stage: s, channel: web, kpi: {name: Wait, kind: mean, target: 60, higher_is_better: false}}
              - {id: c, name: C, stage: s, channel: web, kpi: {name: Basket, kind: median, measure: value, target: 45.5}}
            """);

        Assert.Equal(
            [
                new KpiDefinition("Conversion", KpiKind.Rate, KpiMeasure.Success, 70, true),
                new KpiDefinition("Wait", KpiKind.Mean, KpiMeasure.DurationSeconds, 60, false),
                new KpiDefinition("Basket", KpiKind.Median, KpiMeasure.Value, 45.5, true),
            ],
            journey.Touchpoints.Select(t => t.Kpi!));
    }

    [Fact]
    public void TouchpointsAreOrderedByStageThenFileOrder()
    {
        var journey = JourneyYaml.Parse("""
            id: j
            name: J
            stages:
              - {id: first, name: First}
              - {id: empty, name: Nothing here yet}
              - {id: second, name: Second}
            touchpoints:
              - {id: late-1, name: L1, stage: second, channel: web}
              - {id: early-1, name: E1, stage: first, channel: web}
              - {id: late-2, name: L2, stage: second, channel: web}
              - {id: early-2, name: E2, stage: first, channel: web}
            """);

        Assert.Equal(["early-1", "early-2", "late-1", "late-2"], journey.Touchpoints.Select(t => t.Id));
        Assert.Equal([0, 1, 2, 3], journey.Touchpoints.Select(t => t.Order));
        Assert.Empty(journey.TouchpointsIn(journey.Stages[1]));
        Assert.Equal([0, 1, 2], journey.Stages.Select(s => s.Order));
    }

    [Fact]
    public void EmptyOptionalValuesCountAsLeftOut()
    {
        var journey = JourneyYaml.Parse(JourneyYaml.Minimal.Replace("channel: web\n", "channel: web\n    owner:\n    kpi: ~\n", StringComparison.Ordinal) + "options:\n");

        var touchpoint = Assert.Single(journey.Touchpoints);
        Assert.Null(touchpoint.Owner);
        Assert.Null(touchpoint.Kpi);
        Assert.Equal(JourneyOptions.Default.MinSample, journey.Options.MinSample);
    }

    [Fact]
    public void TextValuesAreTrimmedAndNumbersMayBeQuoted()
    {
        var journey = JourneyYaml.Parse(JourneyYaml.Minimal + "    expected_score: \"7.5\"\n    intentional: False\n    purpose: '  Sell.  '\n");

        var touchpoint = Assert.Single(journey.Touchpoints);
        Assert.Equal(7.5, touchpoint.ExpectedScore);
        Assert.False(touchpoint.Intentional);
        Assert.Equal("Sell.", touchpoint.Purpose);
    }

    [Fact]
    public void DocumentationShowsTheSampleAsItIs()
    {
        var documentation = File.ReadAllText(JourneyYaml.RepositoryFile("docs", "journey-file.md"));

        Assert.Contains("```yaml\n" + File.ReadAllText(JourneyYaml.SamplePath) + "```", documentation, StringComparison.Ordinal);
    }
}
