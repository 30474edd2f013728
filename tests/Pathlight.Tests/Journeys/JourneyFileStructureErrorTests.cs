namespace Pathlight.Tests.Journeys;

/// <summary>Errors in the shape of the file: YAML syntax, documents, keys and value types.</summary>
public sealed class JourneyFileStructureErrorTests
{
    [Fact]
    public void YamlSyntaxErrorPointsWhereTheParserStopped()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "    purpose: \"never closed\n");

        Assert.Equal((11, 14), (error.Line, error.Column));
        Assert.StartsWith("YAML syntax error: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains("quoted scalar", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TextEndingInsideAnOpenBracketIsASyntaxErrorAtTheEnd()
    {
        var error = JourneyYaml.SingleError("id: x\nname: [never closed\nstages:\n");

        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Equal("YAML syntax error: the file ends before a bracket, brace or quote is closed", error.Reason);
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondOne()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "name: Again\n");

        Assert.Equal((11, 1), (error.Line, error.Column));
        Assert.Contains("duplicate key name", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("- id: j\n- name: J\n", "a list")]
    [InlineData("just some words\n", "'just some words'")]
    public void DocumentThatIsNotAMappingIsRejected(string yaml, string described)
    {
        var error = JourneyYaml.SingleError(yaml);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("must be a mapping", error.Reason, StringComparison.Ordinal);
        Assert.Contains($"not {described}", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but a comment\n")]
    public void EmptyFileIsRejected(string yaml)
    {
        var error = JourneyYaml.SingleError(yaml);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondDocumentIsRejected()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "---\nid: other\n");

        Assert.Equal((12, 1), (error.Line, error.Column));
        Assert.Contains("one YAML document", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltKeyIsNamedWithItsLikelyIntentAndTheAllowedKeys()
    {
        var errors = JourneyYaml.Errors(JourneyYaml.Minimal.Replace("stage: s", "stgae: s", StringComparison.Ordinal));

        Assert.Collection(
            errors,
            missing =>
            {
                Assert.Equal((7, 5), (missing.Line, missing.Column));
                Assert.Equal("missing required key 'stage' in a touchpoint", missing.Reason);
            },
            unknown =>
            {
                Assert.Equal((9, 5), (unknown.Line, unknown.Column));
                Assert.Equal(
                    "unknown key 'stgae' in a touchpoint (did you mean 'stage'?); allowed keys are id, name, stage, "
                    + "channel, owner, intentional, purpose, expected_score, kpi, support",
                    unknown.Reason);
            });
    }

    [Theory]
    [InlineData("expectedScore: 7", "expected_score")]
    [InlineData("Channel: web", "channel")]
    public void KeyWrittenInAnotherCaseOrSeparatorSuggestsTheRightOne(string line, string suggested)
    {
        var errors = JourneyYaml.Errors(JourneyYaml.Minimal + $"    {line}\n");

        var unknown = Assert.Single(errors, e => e.Line == 11);
        Assert.Equal(5, unknown.Column);
        Assert.Contains($"did you mean '{suggested}'?", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyFarFromAnyAllowedOneGetsNoSuggestion()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "colour: blue\n");

        Assert.Equal((11, 1), (error.Line, error.Column));
        Assert.Equal(
            "unknown key 'colour' in the journey; allowed keys are id, name, description, options, stages, touchpoints",
            error.Reason);
    }

    [Fact]
    public void MissingTopLevelKeyPointsAtTheStartOfTheFile()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal.Replace("name: J\n", "", StringComparison.Ordinal));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("missing required key 'name' in the journey", error.Reason);
    }

    [Fact]
    public void KeyWithoutAValuePointsAtTheKey()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal.Replace("    channel: web", "    channel:", StringComparison.Ordinal));

        Assert.Equal((10, 5), (error.Line, error.Column));
        Assert.Equal("'channel' needs a value", error.Reason);
    }

    [Theory]
    [InlineData("intentional: maybe", 18, "'intentional' must be true or false, not 'maybe'")]
    [InlineData("intentional: yes", 18, "'intentional' must be true or false, not 'yes'")]
    [InlineData("expected_score: high", 21, "'expected_score' must be a number, not 'high'")]
    [InlineData("name: [T]", 11, "'name' must be text, not a list")]
    [InlineData("kpi: fast", 10, "'kpi' must be a mapping of keys and values, not 'fast'")]
    public void ValueOfTheWrongTypeIsNamed(string line, int column, string reason)
    {
        var yaml = JourneyYaml.Minimal.Replace("    name: T\n", "", StringComparison.Ordinal) + $"    {line}\n";
        if (!line.StartsWith("name", StringComparison.Ordinal))
        {
            yaml += "    name: T\n";
        }

        var error = JourneyYaml.SingleError(yaml);

        Assert.Equal((10, column), (error.Line, error.Column));
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void StagesThatAreNotMappingsAreRejected()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal.Replace("  - id: s\n    name: S\n", "  - s\n", StringComparison.Ordinal));

        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Equal("each stage must be a mapping with 'id' and 'name', not 's'", error.Reason);
    }

    [Fact]
    public void SegmentsThatAreNotAListAreRejected()
    {
        var error = JourneyYaml.SingleError(JourneyYaml.Minimal + "options:\n  segments: region\n");

        Assert.Equal((12, 13), (error.Line, error.Column));
        Assert.Equal("'segments' must be a list, not 'region'", error.Reason);
    }
}
