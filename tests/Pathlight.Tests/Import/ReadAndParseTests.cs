using Pathlight.Tests.Helpers;
using Pathlight.Facts;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

public sealed class ReadAndParseTests : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TurnsTheSameResponsesInEveryFormatIntoTheSameFacts()
    {
        var csv = _folder.Write("r.csv",
            "id,touchpoint,timestamp,nps,would_return,comment,region\n" +
            "r1,purchase,2025-03-04T10:00:00Z,9,yes,\"Great,\nthanks\",north\n" +
            "r2,,2025-03-05,4,no,,\n");
        var ndjson = _folder.Write("r.ndjson",
            "{\"id\":\"r1\",\"touchpoint\":\"purchase\",\"timestamp\":\"2025-03-04T10:00:00Z\",\"nps\":9,\"would_return\":true,\"comment\":\"Great,\\nthanks\",\"region\":\"north\"}\n" +
            "{\"id\":\"r2\",\"touchpoint\":null,\"timestamp\":\"2025-03-05\",\"nps\":4,\"would_return\":false}\n");
        var json = _folder.Write("r.json", "[" + string.Join(",", File.ReadAllLines(ndjson)) + "]");

        var fromCsv = Parse(csv);

        Assert.Equal(2, fromCsv.Count);
        Assert.Equal("Great,\nthanks", fromCsv[0].Comment);
        Assert.Equal("north", fromCsv[0].Attributes["region"]);
        Assert.Null(fromCsv[1].TouchpointId);
        Assert.Equal(false, fromCsv[1].WouldReturn);
        Assert.Empty(fromCsv[1].Attributes);
        Assert.Equal(Describe(fromCsv), Describe(Parse(ndjson)));
        Assert.Equal(Describe(fromCsv), Describe(Parse(json)));
    }

    [Fact]
    public void ChecksTheCsvHeaderBeforeReadingAnyRow()
    {
        var file = _folder.Write("r.csv", "touchpoint,timestamp,nps\npurchase,2025-03-04,9\n");
        using var reader = SourceReader.Open(file);

        var problem = FactParser.CheckColumns(FactKind.Response, reader.Columns!);

        Assert.Equal("the file has no id column; responses need id, timestamp", problem);
    }

    private static List<ResponseFact> Parse(string file)
    {
        var parser = new FactParser(FactKind.Response, ParserTestData.Journey);
        using var reader = SourceReader.Open(file);
        return reader.ReadRecords(TestContext.Current.CancellationToken)
            .Select(r => parser.Parse(r))
            .Select(r => Assert.IsType<ResponseFact>(r.Fact))
            .ToList();
    }

    private static string Describe(List<ResponseFact> facts) => string.Join("\n", facts.Select(f =>
        $"{f.Id}|{f.TouchpointId}|{f.At:o}|{f.Nps}|{f.WouldReturn}|{f.Comment}|" +
        string.Join(",", f.Attributes.Select(a => $"{a.Key}={a.Value}"))));
}
