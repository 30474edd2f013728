using System.Text;
using CsvHelper;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class ImportRejectionTests : IDisposable
{
    // Line 8 holds a byte that is never valid UTF-8 where the text has '~'.
    private const string BadCsv =
        "id,touchpoint,timestamp,nps,region\n" +
        "ok-1,launch-purchase,2025-03-01T10:00:00Z,9,north\n" +
        "bad-tp,checkout,2025-03-01,9,north\n" +
        "bad-score,launch-purchase,2025-03-01,11,north\n" +
        "bad-ts,launch-purchase,03/01/2025,5,north\n" +
        "bad-cols,launch-purchase,2025-03-01,5\n" +
        "bad-quote,launch-purchase,2025-03-01,5,a\"b\n" +
        "bad-utf8,launch-purchase,2025-03-01,5,~\n" +
        ",launch-purchase,2025-03-01,5,north\n" +
        "ok-2,launch-purchase,2025-03-02,\"7\",\"south,\neast\"\n" +
        "ok-3,launch-purchase,2025-03-03,8,\n";

    private static readonly (int Line, string Reason)[] CsvRejections =
    [
        (3, "touchpoint: 'checkout' is not a touchpoint of the journey"),
        (4, "nps: 11 is outside the range 0 to 10"),
        (5, "timestamp: '03/01/2025' is not a date and time"),
        (6, "the record has 4 fields but the header has 5 columns"),
        (7, "malformed quoting: a quote inside an unquoted field"),
        (8, "the record is not valid UTF-8"),
        (9, "id: empty; every row needs an id"),
    ];

    private const string BadNdjson =
        "{\"id\":\"ok-4\",\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2025-03-01\",\"nps\":5}\n" +
        "{\"id\":\"nested\",\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2025-03-01\",\"nps\":5,\"tags\":[\"a\"]}\n" +
        "{\"id\":\"bad-utf8\",\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2025-03-01\",\"nps\":5,\"region\":\"~\"}\n" +
        "\n" +
        "{\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2025-03-01\",\"nps\":5}\n" +
        "{\"id\":\"ok-5\",\"touchpoint\":\"launch-purchase\",\"timestamp\":\"2025-03-01\",\"nps\":6}\n";

    private readonly CliStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EachBadCsvRowIsReportedWithItsLineAndTheGoodRowsAreKept()
    {
        var file = _store.Folder.Write("bad.csv", WithInvalidByte(BadCsv));

        var result = _store.Run("import", "responses", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(CsvRejections.Length, result.ErrorLines.Count);
        foreach (var ((line, reason), reported) in CsvRejections.Zip(result.ErrorLines))
        {
            Assert.StartsWith($"bad.csv:{line}: {reason}", reported, StringComparison.Ordinal);
        }

        Assert.Equal("bad.csv: imported 3, duplicates 0, rejected 7", result.Out.Trim());
        Assert.Equal(["ok-1", "ok-2", "ok-3"], Ids());
        Assert.Equal("south,\neast", _store.Query("SELECT json_extract_string(attributes, '$.region') AS r FROM responses WHERE id = 'ok-2'")[0]["r"]);
    }

    [Fact]
    public void EachBadNdjsonLineIsReportedWithItsLineAndTheGoodLinesAreKept()
    {
        var file = _store.Folder.Write("bad.ndjson", WithInvalidByte(BadNdjson));

        var result = _store.Run("import", "responses", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(
            [
                "bad.ndjson:2: column tags: nested values are not supported",
                "bad.ndjson:3: the line is not valid UTF-8",
                "bad.ndjson:5: id: empty; every row needs an id",
            ],
            result.ErrorLines);
        Assert.Equal(["ok-4", "ok-5"], Ids());
    }

    [Fact]
    public void ANestedValueInAJsonArrayIsRejectedAtTheLineOfItsItem()
    {
        var json = "[\n" +
            "  {\"id\": \"ok-6\", \"touchpoint\": \"launch-purchase\", \"timestamp\": \"2025-03-01\", \"nps\": 5},\n" +
            "  {\"id\": \"nested\", \"touchpoint\": \"launch-purchase\", \"timestamp\": \"2025-03-01\",\n" +
            "   \"nps\": 5, \"extra\": {\"a\": 1}},\n" +
            "  {\"id\": \"bad-score\", \"touchpoint\": \"launch-purchase\", \"timestamp\": \"2025-03-01\", \"csat\": 0}\n" +
            "]\n";

        var result = _store.Import("responses", "bad.json", json);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(["bad.json:3: column extra: nested values are not supported", "bad.json:5: csat: 0 is outside the range 1 to 5"],
            result.ErrorLines);
        Assert.Equal(["ok-6"], Ids());
    }

    [Fact]
    public void RejectsFileHoldsEveryRejectedRowWithItsLineReasonAndText()
    {
        var file = _store.Folder.Write("bad.csv", WithInvalidByte(BadCsv));
        var rejects = _store.Folder.File("rejects.csv");

        var result = _store.Run("import", "responses", file, "--rejects", rejects);

        Assert.Equal(3, result.ExitCode);
        var rows = ReadCsv(rejects);
        Assert.Equal(["line", "reason", "record"], rows[0]);
        var sourceLines = BadCsv.Split('\n');
        Assert.Equal(CsvRejections.Length, rows.Count - 1);
        foreach (var ((line, reason), row) in CsvRejections.Zip(rows.Skip(1)))
        {
            Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
            Assert.StartsWith(reason, row[1], StringComparison.Ordinal);
            var source = sourceLines[line - 1];
            Assert.Equal(line == 8 ? source.Replace("~", "\uFFFD", StringComparison.Ordinal) : source, row[2]);
        }
    }

    [Fact]
    public void ReimportingTheSameFileImportsNothingAndCountsEveryGoodRowAsADuplicate()
    {
        var file = _store.Folder.Write("bad.csv", WithInvalidByte(BadCsv));
        _store.Run("import", "responses", file);
        var before = _store.Query("SELECT * EXCLUDE (attributes) FROM responses ORDER BY id");
        Assert.Equal(3, before.Count);

        var again = _store.Run("import", "responses", file);

        Assert.Equal(3, again.ExitCode);
        Assert.Equal("bad.csv: imported 0, duplicates 3, rejected 7", again.Out.Trim());
        Assert.Equal(before, _store.Query("SELECT * EXCLUDE (attributes) FROM responses ORDER BY id"));
    }

    [Fact]
    public void ReimportingACleanFileExitsZeroWithEveryRowADuplicate()
    {
        var text = RoundTripData.File("cases").Render("csv");
        Assert.Equal(0, _store.Import("cases", "cases.csv", text).ExitCode);

        var again = _store.Import("cases", "cases.csv", text);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("cases.csv: imported 0, duplicates 2, rejected 0", again.Out.Trim());
        Assert.Equal(2, _store.Count("cases"));
    }

    [Fact]
    public void RowsRepeatedWithinOneFileAreDuplicates()
    {
        var result = _store.Import("outcomes", "o.csv",
            "id,customer_id,kind,timestamp\no1,c1,churned,2025-05-01\no2,c2,churned,2025-05-01\no1,c1,renewed,2025-06-01\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("o.csv: imported 2, duplicates 1, rejected 0", result.Out.Trim());
        Assert.Equal(2, _store.Count("outcomes"));
    }

    [Fact]
    public void SmallBatchesKeepTheSameCounts()
    {
        var file = _store.Folder.Write("bad.csv", WithInvalidByte(BadCsv));

        var result = _store.Run("import", "responses", file, "--batch-size", "1");

        Assert.Equal("bad.csv: imported 3, duplicates 0, rejected 7", result.Out.Trim());
        Assert.Equal(["ok-1", "ok-2", "ok-3"], Ids());
    }

    private List<string> Ids() =>
        _store.Query("SELECT id FROM responses ORDER BY id").Select(r => (string)r["id"]!).ToList();

    private static byte[] WithInvalidByte(string text) =>
        Encoding.UTF8.GetBytes(text).SelectMany(b => b == (byte)'~' ? new byte[] { 0xFF } : [b]).ToArray();

    private static List<string[]> ReadCsv(string path)
    {
        using var stream = File.OpenRead(path);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        return rows;
    }
}
