using System.Text.Json;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Cli;

public sealed class ImportRoundTripTests : IDisposable
{
    private readonly CliStore _store = new();

    public void Dispose() => _store.Dispose();

    public static TheoryData<string, string> KindsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in RoundTripData.Kinds)
        {
            foreach (var format in RoundTripData.Formats)
            {
                data.Add(kind, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndFormats))]
    public void ImportedRowsReadBackFieldByField(string kind, string format)
    {
        var file = RoundTripData.File(kind);

        var result = _store.Import(kind, $"{kind}.{format}", file.Render(format));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{kind}.{format}: imported {file.Rows.Length}, duplicates 0, rejected 0", result.Out.Trim());
        Assert.Equal("", result.Error);
        AssertStored(kind);
    }

    [Theory]
    [InlineData("interactions.csv", "ndjson")]
    [InlineData("responses.txt", "json")]
    [InlineData("cases.data", "csv")]
    public void FormatOverridesTheExtension(string fileName, string format)
    {
        var kind = fileName[..fileName.IndexOf('.', StringComparison.Ordinal)];

        var result = _store.Import(kind, fileName, RoundTripData.File(kind).Render(format), "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertStored(kind);
    }

    [Fact]
    public void AJsonlFileIsReadAsNdjson()
    {
        var result = _store.Import("outcomes", "outcomes.jsonl", RoundTripData.File("outcomes").Render("ndjson"));

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertStored("outcomes");
    }

    private void AssertStored(string kind)
    {
        var expected = RoundTripData.Expected(kind);
        var rows = _store.Query($"SELECT * EXCLUDE (attributes), attributes::VARCHAR AS attributes FROM {kind} ORDER BY id");
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(CliStore.JourneyId, row["journey_id"]);
            Assert.Equal(expected[i].Keys.Order(), row.Keys.Where(k => k != "journey_id").Order());
            foreach (var (column, value) in expected[i])
            {
                var actual = column == "attributes" ? Attributes(row[column]) : Normalise(row[column]);
                Assert.True(Equals(value, actual) || (value is Dictionary<string, string> a && actual is Dictionary<string, string> b
                        && a.OrderBy(p => p.Key).SequenceEqual(b.OrderBy(p => p.Key))),
                    $"{expected[i]["id"]}.{column}: expected {Show(value)}, stored {Show(actual)}");
            }
        }
    }

    private static object? Normalise(object? value) => value switch
    {
        sbyte or short or int or long => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        _ => value,
    };

    private static Dictionary<string, string>? Attributes(object? json) =>
        json is string text ? JsonSerializer.Deserialize<Dictionary<string, string>>(text) : null;

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime d => d.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        Dictionary<string, string> d => "{" + string.Join(", ", d.Select(p => $"{p.Key}={p.Value}")) + "}",
        _ => $"{value} ({value.GetType().Name})",
    };
}
