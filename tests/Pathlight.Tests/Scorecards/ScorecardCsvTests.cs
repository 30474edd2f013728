using Pathlight.Scorecards;

namespace Pathlight.Tests.Scorecards;

public sealed class ScorecardCsvTests
{
    private readonly string _csv = Write(
        ScorecardBuilder.Build(ScorecardFixture.Journey, ScorecardFixture.Statistics(), ScorecardFixture.From, ScorecardFixture.To));

    [Fact]
    public void OneRowPerTouchpointStageOverallAndRelationship()
    {
        var levels = Lines(_csv).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]);

        Assert.Equal(["touchpoint", "touchpoint", "touchpoint", "stage", "stage", "overall", "relationship"], levels);
    }

    [Fact]
    public void HeaderSpellsEachMeasureAsFourColumns()
    {
        var header = Lines(_csv)[0].Split(',');

        Assert.Equal("level", header[0]);
        var nps = Array.IndexOf(header, "nps");
        Assert.Equal(["nps", "nps_low", "nps_high", "nps_n"], header[nps..(nps + 4)]);
        Assert.Contains("kpi_low", header);
        Assert.Equal(ScorecardCsv.Columns, header);
    }

    [Fact]
    public void CellsLineUpWithTheHeader()
    {
        var header = Lines(_csv)[0].Split(',');
        var shop = Lines(_csv)[2].Split(',');

        Assert.All(Lines(_csv).Skip(1), line => Assert.Equal(header.Length, CountFields(line)));
        Assert.Equal("shop", shop[Array.IndexOf(header, "id")]);
        Assert.Equal("-2", shop[Array.IndexOf(header, "gap")]);
        Assert.Equal("30", shop[Array.IndexOf(header, "gap_n")]);
        Assert.Equal("expected_score", shop[Array.IndexOf(header, "gap_source")]);
        Assert.Equal("red", shop[Array.IndexOf(header, "light")]);
        Assert.Equal("", shop[Array.IndexOf(header, "csat")]);
        Assert.Equal("", shop[Array.IndexOf(header, "kpi_name")]);
    }

    [Fact]
    public void TextWithCommasOrQuotesIsQuoted()
    {
        Assert.StartsWith("touchpoint,ad,\"Ad, online\",see,", Lines(_csv)[1], StringComparison.Ordinal);
        Assert.StartsWith("overall,launch,\"Launch, \"\"quoted\"\"\",", Lines(_csv)[6], StringComparison.Ordinal);
    }

    [Fact]
    public void RecordsEndWithCrLf() => Assert.EndsWith("\r\n", _csv, StringComparison.Ordinal);

    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    // Commas outside quotes separate fields.
    private static int CountFields(string line)
    {
        var fields = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) fields++;
        }

        return fields;
    }

    private static string Write(Scorecard scorecard)
    {
        using var writer = new StringWriter();
        ScorecardCsv.Write(scorecard, writer);
        return writer.ToString();
    }
}
