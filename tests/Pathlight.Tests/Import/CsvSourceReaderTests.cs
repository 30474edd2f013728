using Pathlight.Tests.Helpers;
using System.Text;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class CsvSourceReaderTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadsGoodRowsWithTrimmedLowerCaseHeader()
    {
        var file = _folder.Write("a.csv", " ID ,Touchpoint,Region\r\ni1,store-enquiry,north\r\ni2,purchase,\r\n");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal(2, records.Count);
        Assert.Equal(["id", "touchpoint", "region"], records[0].Columns);
        Assert.Equal(["i1", "store-enquiry", "north"], records[0].Values);
        Assert.Equal(2, records[0].Line);
        Assert.Equal(3, records[1].Line);
        Assert.Equal("i2,purchase,", records[1].Raw);
        Assert.True(string.IsNullOrEmpty(records[1].Values[2]));
        Assert.Null(records[1].Error);
        Assert.Same(records[0].Columns, records[1].Columns);
    }

    [Fact]
    public void ExposesTheHeaderBeforeReading()
    {
        var file = _folder.Write("a.csv", "Id,NPS\n1,9\n");

        using var reader = SourceReader.Open(file);

        Assert.Equal(["id", "nps"], reader.Columns);
    }

    [Fact]
    public void StripsTheByteOrderMark()
    {
        var file = _folder.Write("a.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id,nps\n1,9\n")]);

        var records = SourceFiles.ReadAll(file);

        Assert.Equal("id", records[0].Columns[0]);
        Assert.Equal("1", records[0].Values[0]);
    }

    [Fact]
    public void CountsPhysicalLinesAcrossQuotedLineBreaksAndBlankLines()
    {
        var file = _folder.Write("a.csv",
            "id,comment\n" +            // line 1
            "1,\"first\nsecond\n\"\n" + // lines 2-4
            "\n" +                      // line 5, blank
            "2,\"say \"\"hi\"\"\"\n" +  // line 6
            "3,x\"y\n" +                // line 7, stray quote
            "4,\"a\"b\n" +              // line 8, text after the closing quote
            "5,too,many\n" +            // line 9
            "6\n" +                     // line 10
            "7,fine\n");                // line 11

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([2L, 6, 7, 8, 9, 10, 11], records.Select(r => r.Line));
        Assert.Equal("first\nsecond\n", records[0].Values[1]);
        Assert.Equal("say \"hi\"", records[1].Values[1]);
        Assert.Contains("a quote inside an unquoted field", records[2].Error, StringComparison.Ordinal);
        Assert.Equal("3,x\"y", records[2].Raw);
        Assert.Contains("text after the closing quote", records[3].Error, StringComparison.Ordinal);
        Assert.Equal("the record has 3 fields but the header has 2 columns", records[4].Error);
        Assert.Equal("the record has 1 field but the header has 2 columns", records[5].Error);
        Assert.Null(records[6].Error);
        Assert.Equal("fine", records[6].Values[1]);
    }

    [Fact]
    public void RejectsOnlyTheRecordWithInvalidUtf8()
    {
        var file = _folder.Write("a.csv", SourceFiles.WithInvalidByte("id,comment\n1,\"multi\nline\"\n2,caf~\n3,café\n"));

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([2L, 4, 5], records.Select(r => r.Line));
        Assert.Null(records[0].Error);
        Assert.Equal("the record is not valid UTF-8", records[1].Error);
        Assert.Null(records[2].Error);
        Assert.Equal("café", records[2].Values[1]);
    }

    [Fact]
    public void GoesOnAfterAQuotedFieldThatIsNeverClosed()
    {
        var file = _folder.Write("a.csv", "id,comment\n1,ok\n2,\"never closed\n3,after\n4,last\n");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal([2L, 3, 4, 5], records.Select(r => r.Line));
        Assert.Contains("a quoted field is never closed", records[1].Error, StringComparison.Ordinal);
        Assert.Equal("2,\"never closed", records[1].Raw);
        Assert.Equal(["3", "after"], records[2].Values);
        Assert.Equal(["4", "last"], records[3].Values);
        Assert.Same(records[0].Columns, records[3].Columns);
    }

    [Fact]
    public void GoesOnAfterAQuotedFieldThatRunsPastTheRecordSizeLimit()
    {
        var longLines = string.Concat(Enumerable.Repeat("x," + new string('y', 100_000) + "\n", 50));
        var file = _folder.Write("a.csv", "id,comment\n1,\"never closed\n" + longLines + "2,last\n");

        var records = SourceFiles.ReadAll(file);

        Assert.Equal(2, records[0].Line);
        Assert.Contains("longer than 4 MB", records[0].Error, StringComparison.Ordinal);
        Assert.Equal("1,\"never closed", records[0].Raw);
        Assert.Equal(52, records.Count);
        Assert.Equal(53, records[^1].Line);
        Assert.Equal(["2", "last"], records[^1].Values);
    }

    [Fact]
    public void EndsAtAQuotedFieldThatIsNeverClosedWhenTheStreamCannotSeek()
    {
        var bytes = Encoding.UTF8.GetBytes("id,comment\n1,ok\n2,\"never closed\n3,after\n");
        using var reader = SourceReader.Open(new ForwardOnlyStream(bytes), ImportFormat.Csv);

        var records = reader.ReadRecords(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(2, records.Count);
        Assert.Contains("the rest of the file could not be read", records[1].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("id,,nps\n", "no name for column 2")]
    [InlineData("id,ID\n", "names column 'id' twice")]
    public void RejectsABadHeaderAsAWhole(string text, string expected)
    {
        var file = _folder.Write("a.csv", text);

        var error = Assert.Throws<PathlightException>(() => SourceFiles.ReadAll(file));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAHeaderOnlyFileAsNoRecords()
    {
        var file = _folder.Write("a.csv", "id,nps");

        Assert.Empty(SourceFiles.ReadAll(file));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
