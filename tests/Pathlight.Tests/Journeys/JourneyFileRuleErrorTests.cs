namespace Pathlight.Tests.Journeys;

/// <summary>Errors in well-formed files that break the journey's rules: ids, references, ranges, KPIs.</summary>
public sealed class JourneyFileRuleErrorTests
{
    private static string WithKpi(string kind, string measure, string target) => JourneyYaml.Minimal + $"""
            kpi:
              name: K
              kind: {kind}
              measure: {measure}
              target: {target}

        """;

    [Fact]
    public void UnknownStageIsNamedWithTheKnownOnes()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal.Replace("stage: s\n", "stage: sx\n", StringComparison.Ordinal));

        Assert.Equal((9, 12), (error.Line, error.Column));
        Assert.Equal("unknown stage 'sx' (did you mean 's'?); known stages are s", error.Reason);
    }

    [Fact]
    public void DuplicateStageIdPointsAtTheSecondAndNamesTheLineOfTheFirst()
    {
        var error = JourneyYaml.SingleError("""
            id: j
            name: J
            stages:
              - id: s
                name: S
              - id: s
                name: Again
            touchpoints:
              - {id: t, name: T, stage: s, channel: web}
            """);

        Assert.Equal((6, 9), (error.Line, error.Column));
        Assert.Equal("duplicate stage id 's'; it is first used on line 4", error.Reason);
    }

    [Fact]
    public void DuplicateTouchpointIdPointsAtTheSecondAndNamesTheLineOfTheFirst()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "  - id: t\n    name: T2\n    stage: s\n    channel: web\n");

        Assert.Equal((11, 9), (error.Line, error.Column));
        Assert.Equal("duplicate touchpoint id 't'; it is first used on line 7", error.Reason);
    }

    [Theory]
    [InlineData("11", "'expected_score' must be between 0 and 10, not 11")]
    [InlineData("-0.5", "'expected_score' must be between 0 and 10, not -0.5")]
    [InlineData(".nan", "'expected_score' must be a finite number, not '.nan'")]
    [InlineData("1e400", "'expected_score' must be a finite number, not '1e400'")]
    public void ExpectedScoreMustBeAFiniteNumberFromZeroToTen(string value, string reason)
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + $"    expected_score: {value}\n");

        Assert.Equal((11, 21), (error.Line, error.Column));
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("average", "success", "5", 13, 13, "'kind' must be rate, mean or median, not 'average'")]
    [InlineData("mean", "time", "5", 14, 16, "'measure' must be success, duration_seconds or value, not 'time'")]
    [InlineData("rate", "duration_seconds", "50", 14, 16, "a rate KPI counts successes, so 'measure' must be success, not 'duration_seconds'")]
    [InlineData("rate", "success", "150", 15, 15, "a rate KPI's 'target' is a percentage and must be between 0 and 100, not 150")]
    [InlineData("rate", "success", "-1", 15, 15, "a rate KPI's 'target' is a percentage and must be between 0 and 100, not -1")]
    [InlineData("mean", "success", "5", 14, 16, "a mean KPI cannot use measure success; use kind rate for a share of successes, or measure duration_seconds or value")]
    [InlineData("median", "success", "5", 14, 16, "a median KPI cannot use measure success; use kind rate for a share of successes, or measure duration_seconds or value")]
    [InlineData("mean", "value", ".inf", 15, 15, "'target' must be a finite number, not '.inf'")]
    [InlineData("mean", "value", "soon", 15, 15, "'target' must be a number, not 'soon'")]
    public void KpiThatBreaksItsRulesIsRejected(string kind, string measure, string target, int line, int column, string reason)
    {
        var error = JourneyYaml.SingleError(WithKpi(kind, measure, target));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void KpiWithoutTargetPointsAtTheKpi()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "    kpi:\n      name: K\n      kind: rate\n");

        Assert.Equal((12, 7), (error.Line, error.Column));
        Assert.Equal("missing required key 'target' in a kpi", error.Reason);
    }

    [Theory]
    [InlineData("id: j\n", "id: Product Launch\n", 1, 5, "'Product Launch'")]
    [InlineData("  - id: s\n", "  - id: Buy\n", 4, 9, "'Buy'")]
    [InlineData("  - id: t\n", "  - id: _t\n", 7, 9, "'_t'")]
    [InlineData("  - id: t\n", "  - id: t/1\n", 7, 9, "'t/1'")]
    public void IdThatCannotGoIntoAUrlIsRejected(string line, string replacement, int expectedLine, int column, string shown)
    {
        var yaml = JourneyYaml.Minimal.Replace(line, replacement, StringComparison.Ordinal);
        var stageId = replacement.Contains("Buy", StringComparison.Ordinal) ? "Buy" : "s";

        var error = JourneyYaml.SingleError(yaml.Replace("stage: s\n", $"stage: {stageId}\n", StringComparison.Ordinal));

        Assert.Equal((expectedLine, column), (error.Line, error.Column));
        Assert.Equal(
            $"'id' must use only lower-case letters, digits, '-' and '_', and start with a letter or digit, not {shown}",
            error.Reason);
    }

    [Fact]
    public void OptionsOutOfRangeAreEachReported()
    {
        var errors = JourneyYaml.Errors(JourneyYaml.Minimal + """
            options:
              min_sample: 0
              tolerance: 0
              wow: -1
              kpi_tolerance: 1
            """);

        Assert.Equal(
            [
                "j.yaml:12:15: 'min_sample' must be at least 1, not 0",
                "j.yaml:13:14: 'tolerance' must be greater than 0, not 0",
                "j.yaml:14:8: 'wow' must be greater than 0, not -1",
                "j.yaml:15:18: 'kpi_tolerance' must be at least 0 and below 1 (0.10 means 10%), not 1",
            ],
            errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("min_sample: 2.5", 15, "'min_sample' must be a whole number, not '2.5'")]
    [InlineData("segments: [region, region]", 22, "segment 'region' is listed twice")]
    [InlineData("segments: [region, [a, b]]", 22, "each segment must be an attribute name, not a list")]
    public void OptionValueOfTheWrongKindIsRejected(string line, int column, string reason)
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + $"options:\n  {line}\n");

        Assert.Equal((12, column), (error.Line, error.Column));
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("stages: []\n", 3, 9)]
    [InlineData("stages:\n", 3, 1)]
    public void EmptyStagesListIsRejected(string replacement, int line, int column)
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal.Replace("stages:\n  - id: s\n    name: S\n", replacement, StringComparison.Ordinal));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("'stages' must list at least one stage", error.Reason);
    }

    [Fact]
    public void EmptyTouchpointsListIsRejected()
    {
        var yaml = JourneyYaml.Minimal[..JourneyYaml.Minimal.IndexOf("touchpoints:", StringComparison.Ordinal)] + "touchpoints: []\n";

        var error = JourneyYaml.SingleError(yaml);

        Assert.Equal((6, 14), (error.Line, error.Column));
        Assert.Equal("'touchpoints' must list at least one touchpoint", error.Reason);
    }
}
