using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class ImportFormatsTests
{
    [Theory]
    [InlineData("facts.csv", ImportFormat.Csv)]
    [InlineData("dir/Facts.CSV", ImportFormat.Csv)]
    [InlineData("facts.ndjson", ImportFormat.Ndjson)]
    [InlineData("facts.jsonl", ImportFormat.Ndjson)]
    [InlineData("facts.json", ImportFormat.Json)]
    public void TakesTheFormatFromTheExtension(string path, ImportFormat expected) =>
        Assert.Equal(expected, ImportFormats.FromPath(path));

    [Theory]
    [InlineData("facts.xlsx", "'.xlsx' files cannot be imported")]
    [InlineData("facts", "has no extension")]
    public void RejectsAnUnknownExtension(string path, string expected)
    {
        var error = Assert.Throws<PathlightException>(() => ImportFormats.FromPath(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("--format", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CSV", ImportFormat.Csv)]
    [InlineData("jsonl", ImportFormat.Ndjson)]
    [InlineData("json", ImportFormat.Json)]
    public void ParsesAFormatName(string name, ImportFormat expected) => Assert.Equal(expected, ImportFormats.Parse(name));

    [Fact]
    public void RejectsAnUnknownFormatName() =>
        Assert.Throws<PathlightException>(() => ImportFormats.Parse("parquet"));

    [Fact]
    public void ReportsAMissingFile()
    {
        var error = Assert.Throws<PathlightException>(() => SourceReader.Open("does-not-exist.csv"));

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }
}
