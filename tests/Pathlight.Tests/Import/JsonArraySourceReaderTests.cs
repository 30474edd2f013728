using Pathlight.Tests.Helpers;
using System.Text;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class JsonArraySourceReaderTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadsEachItemAtTheLineOfItsOpeningBrace()
    {
        var file = _folder.Write("a.json", "[\n  {\"id\": \"1\", \"nps\": 9},\n  {\n    \"id\": \"2\",\n    \"nps\": null\n  }, {\"id\": \"3\"}\n]\n");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([2L, 3, 6], records.Select(r => r.Line));
        Assert.Equal(["1", "9"], records[0].Values);
        Assert.Equal(["2", null], records[1].Values);
        Assert.Equal("{\n    \"id\": \"2\",\n    \"nps\": null\n  }", records[1].Raw);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void RejectsItemsThatAreNotFlatObjectsAndGoesOn()
    {
        var file = _folder.Write("a.json", SourceFiles.WithInvalidByte(
            "[{\"id\":\"1\"},\n42,\n{\"id\":\"3\",\"x\":[1]},\n{\"id\":\"4~\"},\n{\"id\":\"5\"}]"));

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Line));
        Assert.Equal("the item is not a JSON object", records[1].Error);
        Assert.Equal("column x: nested values are not supported", records[2].Error);
        Assert.Equal("the item is not valid UTF-8", records[3].Error);
        Assert.Null(records[4].Error);
    }

    [Fact]
    public void KeepsTheItemsBeforeABrokenOneAndStopsThere()
    {
        var file = _folder.Write("a.json", "[\n{\"id\":\"1\"},\n{\"id\":\"2\"},\n{\"id\" \"3\"},\n{\"id\":\"4\"}\n]");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal(3, records.Count);
        Assert.Null(records[1].Error);
        Assert.Equal(4, records[2].Line);
        Assert.StartsWith("the rest of the file could not be read: ", records[2].Error, StringComparison.Ordinal);
        Assert.EndsWith("(line 4)", records[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnArrayThatIsNeverClosed()
    {
        var file = _folder.Write("a.json", "[{\"id\":\"1\"},\n{\"id\":\"2\"");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Error);
        Assert.Equal(2, records[1].Line);
        Assert.StartsWith("the rest of the file could not be read", records[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsTextAfterTheArray()
    {
        var file = _folder.Write("a.json", "[{\"id\":\"1\"}]\n\nmore");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal(3, records[1].Line);
        Assert.Contains("text after the end of the array", records[1].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("  \n ", "the file is empty")]
    [InlineData("{\"id\":\"1\"}", "use the ndjson format")]
    [InlineData("nope", "not valid JSON")]
    public void RejectsADocumentThatIsNotAnArray(string text, string expected)
    {
        var file = _folder.Write("a.json", text);

        var error = Assert.Throws<PathlightException>(() => SourceFiles.ReadAll(file));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAnEmptyArrayWithAByteOrderMark()
    {
        var file = _folder.Write("a.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[ ]")]);

        Assert.Empty(SourceFiles.ReadAll(file));
    }

    [Fact]
    public void StreamsALargeArrayWithASmallBuffer()
    {
        var file = Path.Combine(_folder.Path, "large.json");
        const int Items = 400_000;
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            writer.Write('[');
            for (var i = 0; i < Items; i++)
            {
                writer.Write(i == 0 ? "\n" : ",\n");
                writer.Write($"{{\"id\":\"i{i}\",\"touchpoint\":\"purchase\",\"timestamp\":\"2025-03-04T14:30:00Z\",\"comment\":\"{new string('x', 60)}\"}}");
            }

            writer.Write("\n]\n");
        }

        Assert.True(new FileInfo(file).Length > 50_000_000);
        using var reader = SourceReader.Open(file);
        long count = 0;
        SourceRecord? last = null;
        foreach (var record in reader.ReadRecords(TestContext.Current.CancellationToken))
        {
            Assert.Null(record.Error);
            last = record;
            count++;
        }

        Assert.Equal(Items, count);
        Assert.Equal(Items + 1, last!.Line);
        Assert.True(((JsonArraySourceReader)reader).BufferBytes <= 1024 * 1024);
    }
}
