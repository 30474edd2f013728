using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class ExitCodeTests : IDisposable
{
    private const string GoodResponses = "id,touchpoint,timestamp,nps\nr1,launch-purchase,2025-03-01,9\n";

    private readonly CliStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EveryRowAcceptedExitsZero()
    {
        var result = _store.Import("responses", "r.csv", GoodResponses);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void SomeRowsRejectedExitsThree()
    {
        var result = _store.Import("responses", "r.csv", GoodResponses + "r2,launch-purchase,2025-03-01,12\n");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(1, _store.Count("responses"));
        NoStackTrace(result);
    }

    [Theory]
    [InlineData("unknown option", "import responses {file} --colour blue")]
    [InlineData("unknown kind", "import surveys {file}")]
    [InlineData("missing file argument", "import responses")]
    [InlineData("file does not exist", "import responses {folder}/nothing-here.csv")]
    [InlineData("unknown extension without --format", "import responses {folder}/r.txt")]
    [InlineData("no extension without --format", "import responses {folder}/responses")]
    [InlineData("unknown --format", "import responses {file} --format xml")]
    [InlineData("batch size zero", "import responses {file} --batch-size 0")]
    [InlineData("unknown command", "report")]
    [InlineData("bad --from", "scorecard --from 2025-02-30")]
    [InlineData("bad --to", "scorecard --to yesterday")]
    [InlineData("--from after --to", "scorecard --from 2025-04-01 --to 2025-03-01")]
    [InlineData("bad --where", "scorecard --where region")]
    [InlineData("empty --where value", "scorecard --where region=")]
    [InlineData("unknown scorecard format", "scorecard --format pdf")]
    [InlineData("init without --journey", "init")]
    [InlineData("init with a missing journey file", "init --journey {folder}/missing.yaml")]
    public void UsageErrorsExitTwoAndWriteNothing(string why, string commandLine)
    {
        var file = _store.Folder.Write("r.csv", GoodResponses);
        _store.Folder.Write("r.txt", GoodResponses);
        _store.Folder.Write("responses", GoodResponses);
        var args = commandLine.Replace("{file}", file, StringComparison.Ordinal)
            .Replace("{folder}", _store.Folder.Path, StringComparison.Ordinal)
            .Split(' ');

        var result = _store.Run(args);

        Assert.True(result.ExitCode == 2, $"{why}: {result}");
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _store.Count("responses"));
        NoStackTrace(result);
    }

    [Fact]
    public void AnUnknownExtensionNamesTheFormatOption()
    {
        var file = _store.Folder.Write("r.txt", GoodResponses);

        var result = _store.Run("import", "responses", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format csv|ndjson|json", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("responses", "touchpoint,timestamp,nps\nlaunch-purchase,2025-03-01,9\n", "the file has no id column")]
    [InlineData("responses", "id,touchpoint,nps\nr1,launch-purchase,9\n", "the file has no timestamp column")]
    [InlineData("responses", "id,touchpoint,timestamp,region\nr1,launch-purchase,2025-03-01,north\n", "no question and no comment column")]
    [InlineData("interactions", "id,timestamp\ni1,2025-03-01\n", "the file has no touchpoint column")]
    [InlineData("outcomes", "id,customer_id,timestamp\no1,c1,2025-03-01\n", "the file has no kind column")]
    [InlineData("cases", "id,touchpoint,customer_id\nk1,out-of-stock,c1\n", "the file has no opened column")]
    [InlineData("responses", "", "")]
    [InlineData("responses", "id,id,timestamp,nps\nr1,r2,2025-03-01,9\n", "")]
    public void AFileThatCannotBeImportedAtAllExitsOneAndWritesNothing(string kind, string text, string reason)
    {
        var result = _store.Import(kind, "whole.csv", text);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.Equal(0, _store.Count(kind));
        NoStackTrace(result);
    }

    [Fact]
    public void AMissingIdColumnSaysNothingWasImported()
    {
        var result = _store.Import("responses", "noid.csv", "touchpoint,timestamp,nps\nlaunch-purchase,2025-03-01,9\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: noid.csv: the file has no id column; responses need id, timestamp. Nothing was imported.", result.Error.Trim());
        Assert.Equal(0, _store.Count("responses"));
    }

    [Theory]
    [InlineData("import responses {file}")]
    [InlineData("scorecard")]
    [InlineData("journeys")]
    public void AMissingStoreExitsOneWithoutCreatingIt(string commandLine)
    {
        var file = _store.Folder.Write("r.csv", GoodResponses);
        var missing = _store.Folder.File("missing.duckdb");

        var result = CliRunner.Run([.. commandLine.Replace("{file}", file, StringComparison.Ordinal).Split(' '), "--db", missing]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no Pathlight store at", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        NoStackTrace(result);
    }

    [Fact]
    public void AnUnknownJourneyExitsOne()
    {
        var result = _store.Run("scorecard", "--journey", "other");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: No journey 'other' is loaded. Loaded: product-launch.", result.Error.Trim());
    }

    [Fact]
    public void AnInvalidJourneyFileExitsOneListingItsProblems()
    {
        var yaml = _store.Folder.Write("bad.journey.yaml", "id: x\n");

        var result = _store.Run("init", "--journey", yaml);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing required key 'name'", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing required key 'touchpoints'", result.Error, StringComparison.Ordinal);
        NoStackTrace(result);
    }

    private static void NoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Out, StringComparison.Ordinal);
    }
}
