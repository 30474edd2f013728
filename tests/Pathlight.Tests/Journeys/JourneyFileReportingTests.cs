using Pathlight.Journeys;

namespace Pathlight.Tests.Journeys;

/// <summary>How problems reach the user: all at once, in file order, as file:line:column: reason.</summary>
public sealed class JourneyFileReportingTests
{
    [Fact]
    public void SeveralErrorsAreReportedTogetherInFileOrder()
    {
        const string yaml = """
            id: My Journey
            stages:
              - id: s
                name: S
              - id: s
                name: Again
            touchpoints:
              - id: t
                name: T
                stage: nowhere
                channel: web
                intentional: maybe
                expected_score: high
              - id: u
                stage: s
                channel: web
                kpi: {name: K, kind: mean, measure: success, target: 5}
            options:
              wow: 0
            """;

        var exception = Assert.Throws<JourneyFileException>(() => JourneyFile.Parse(yaml, "launch.yaml"));

        Assert.Equal(
            [
                "launch.yaml:1:1: missing required key 'name' in the journey",
                "launch.yaml:1:5: 'id' must use only lower-case letters, digits, '-' and '_', and start with a letter or digit, not 'My Journey'",
                "launch.yaml:5:9: duplicate stage id 's'; it is first used on line 3",
                "launch.yaml:10:12: unknown stage 'nowhere'; known stages are s",
                "launch.yaml:12:18: 'intentional' must be true or false, not 'maybe'",
                "launch.yaml:13:21: 'expected_score' must be a number, not 'high'",
                "launch.yaml:14:5: missing required key 'name' in a touchpoint",
                "launch.yaml:17:41: a mean KPI cannot use measure success; use kind rate for a share of successes, or measure duration_seconds or value",
                "launch.yaml:19:8: 'wow' must be greater than 0, not 0",
            ],
            exception.Errors.Select(e => e.ToString()));
        Assert.Equal(string.Join('\n', exception.Errors), exception.Message);
    }

    [Fact]
    public void ErrorReadsAsFileLineColumnReason()
    {
        Assert.Equal("a.yaml:3:7: bad", new JourneyFileError("a.yaml", 3, 7, "bad").ToString());
        Assert.Equal("a.yaml: file not found", new JourneyFileError("a.yaml", 0, 0, "file not found").ToString());
    }

    [Fact]
    public void ExceptionIsAPathlightException()
    {
        var exception = Assert.Throws<JourneyFileException>(() => JourneyFile.Parse("[]", "a.yaml"));

        Assert.IsAssignableFrom<PathlightException>(exception);
    }

    [Fact]
    public void LoadReadsTheFileAndReportsErrorsAgainstItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pathlight-{Guid.NewGuid():N}.journey.yaml");
        try
        {
            File.WriteAllText(path, JourneyYaml.Minimal);
            Assert.Equal("j", JourneyFile.Load(path).Id);

            File.WriteAllText(path, JourneyYaml.Minimal + "    intentional: maybe\n");
            var error = Assert.Single(Assert.Throws<JourneyFileException>(() => JourneyFile.Load(path)).Errors);
            Assert.Equal((path, 11, 18), (error.File, error.Line, error.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFileGivesAPlainReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pathlight-missing-{Guid.NewGuid():N}", "journey.yaml");

        var exception = Assert.Throws<JourneyFileException>(() => JourneyFile.Load(path));

        Assert.Equal($"{path}: file not found", exception.Message);
        Assert.Equal(new JourneyFileError(path, 0, 0, "file not found"), Assert.Single(exception.Errors));
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public void FolderInsteadOfAFileGivesAPlainReason()
    {
        var path = Path.GetTempPath();

        var exception = Assert.Throws<JourneyFileException>(() => JourneyFile.Load(path));

        Assert.Equal($"{path}: this is a folder, not a journey file", exception.Message);
    }
}
