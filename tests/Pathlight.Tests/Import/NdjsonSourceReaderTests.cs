using Pathlight.Tests.Helpers;
using System.Text;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class NdjsonSourceReaderTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadsValuesAsTextWithLowerCaseKeys()
    {
        var file = _folder.Write("a.ndjson",
            "{\"ID\":\"r1\",\"NPS\":9,\"value\":12.50,\"ok\":true,\"bad\":false,\"note\":null,\"esc\":\"a\\\"b\\u00e9\"}\n");

        var record = Assert.Single(SourceFiles.ReadAll(file));

        Assert.Null(record.Error);
        Assert.Equal(["id", "nps", "value", "ok", "bad", "note", "esc"], record.Columns);
        Assert.Equal(["r1", "9", "12.50", "true", "false", null, "a\"bé"], record.Values);
        Assert.Equal(1, record.Line);
    }

    [Fact]
    public void SkipsBlankLinesAndKeepsLineNumbers()
    {
        var file = _folder.Write("a.jsonl", "{\"id\":\"1\"}\r\n\r\n   \n{\"id\":\"2\"}\n\n{\"id\":\"3\"}");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([1L, 4, 6], records.Select(r => r.Line));
        Assert.Equal(["1", "2", "3"], records.Select(r => r.Values[0]));
        Assert.Equal("{\"id\":\"1\"}", records[0].Raw);
    }

    [Fact]
    public void SharesOneColumnListWhileTheKeysStayTheSame()
    {
        var file = _folder.Write("a.ndjson", "{\"id\":\"1\",\"nps\":1}\n{\"id\":\"2\",\"nps\":2}\n{\"nps\":3,\"id\":\"3\"}\n");

        var records = SourceFiles.ReadAll(file);

        Assert.Same(records[0].Columns, records[1].Columns);
        Assert.NotSame(records[1].Columns, records[2].Columns);
        Assert.Equal(["nps", "id"], records[2].Columns);
    }

    [Fact]
    public void StripsTheByteOrderMark()
    {
        var file = _folder.Write("a.ndjson", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"1\"}\n")]);

        Assert.Null(Assert.Single(SourceFiles.ReadAll(file)).Error);
    }

    [Fact]
    public void RejectsBadLinesAndGoesOn()
    {
        var file = _folder.Write("a.ndjson", SourceFiles.WithInvalidByte(
            "{\"id\":\"1\"}\n" +                       // 1 good
            "{\"id\":\"2\",}\n" +                      // 2 trailing comma
            "[1,2]\n" +                               // 3 not an object
            "{\"id\":\"4\",\"tags\":[\"a\"]}\n" +      // 4 nested array
            "{\"id\":\"5\",\"where\":{\"x\":1}}\n" +   // 5 nested object
            "{\"id\":\"6~\"}\n" +                      // 6 invalid UTF-8
            "{\"id\":\"7\"} {\"id\":\"7b\"}\n" +       // 7 two values
            "{\"id\":\"8\",\"ID\":\"again\"}\n" +      // 8 duplicate key
            "{\"id\":\"9\"}\n"));                      // 9 good

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8, 9], records.Select(r => r.Line));
        Assert.Null(records[0].Error);
        Assert.StartsWith("the line is not valid JSON: ", records[1].Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", records[1].Error, StringComparison.Ordinal);
        Assert.Equal("the line is not a JSON object", records[2].Error);
        Assert.Equal("column tags: nested values are not supported", records[3].Error);
        Assert.Equal("column where: nested values are not supported", records[4].Error);
        Assert.Equal("the line is not valid UTF-8", records[5].Error);
        Assert.StartsWith("the line is not valid JSON", records[6].Error, StringComparison.Ordinal);
        Assert.Equal("column id appears twice", records[7].Error);
        Assert.Null(records[8].Error);
        Assert.Equal("[1,2]", records[2].Raw);
    }

    [Fact]
    public void RejectsALineLongerThanTheLimitAndGoesOn()
    {
        var file = _folder.Write("a.ndjson",
            "{\"id\":\"1\"}\n{\"id\":\"" + new string('x', 5 * 1024 * 1024) + "\"}\n{\"id\":\"3\"}\n");
        using var reader = SourceReader.Open(file);

        var records = reader.ReadRecords(TestContext.Current.CancellationToken).ToList();

        Assert.Equal([1L, 2, 3], records.Select(r => r.Line));
        Assert.Equal("the line is longer than 4 MB", records[1].Error);
        Assert.Equal("3", records[2].Values[0]);
        Assert.True(((NdjsonSourceReader)reader).BufferBytes <= 4 * 1024 * 1024);
    }
}
