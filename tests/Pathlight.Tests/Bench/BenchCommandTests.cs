using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Bench;

public sealed class BenchCommandTests : IDisposable
{
    private static readonly string[] Measures =
    [
        "Import responses from CSV",
        "Import peak memory",
        "Import, CSV reading only",
        "Import, CSV reading and FactParser",
        "Scorecard with intervals and lights",
        "3-month monthly trend, all touchpoints",
        "Key drivers, 150 customers",
        "One customer's timeline",
        "Peak memory, whole run",
    ];

    private readonly DisposableFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ATinyRunMeasuresEveryRowWritesMarkdownAndVerifies()
    {
        var work = _folder.File("work");
        var markdown = _folder.File("results.md");

        var result = Tiny("--work", work, "--markdown", markdown, "--verify");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Verified: the scorecard, trend and driver statistics equal those recomputed from the raw rows.", result.Out);
        var text = File.ReadAllText(markdown);
        Assert.StartsWith("### 3,000 responses, 6 touchpoints, 150 customers, 3 months", text, StringComparison.Ordinal);
        Assert.Contains("Machine: ", text);
        Assert.Contains("| Measure | Pathlight | Baseline (plain DuckDB) | Speed vs baseline | Target | Result |", text);
        var rows = text.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal(Measures, rows.Select(row => row.Split(" | ")[0][2..]));
        foreach (var row in rows)
        {
            Assert.Matches(@"^\| [^|]+ \| [0-9][0-9,.]* (rows/s|ms|MB) \| ", row);
        }

        Assert.Contains(rows, row => row.StartsWith("| Scorecard with intervals and lights |", StringComparison.Ordinal)
            && (row.EndsWith("| met |", StringComparison.Ordinal) || row.EndsWith("| missed |", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(work));
    }

    [Fact]
    public void AnExistingWorkFolderKeepsWhatElseItHolds()
    {
        var work = _folder.File("existing");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "notes.txt"), "mine");

        var result = Tiny("--work", work);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([Path.Combine(work, "notes.txt")], Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public void KeepLeavesTheDataAndBothDatabases()
    {
        var work = _folder.File("kept");

        var result = Tiny("--work", work, "--keep");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3_001, File.ReadLines(Path.Combine(work, "responses.csv")).Count());
        Assert.Equal(3_000, DuckDbFile.Count(Path.Combine(work, "pathlight.duckdb"), "responses"));
        Assert.Equal(3_000, DuckDbFile.Count(Path.Combine(work, "baseline.duckdb"), "responses"));
        Assert.True(File.Exists(Path.Combine(work, "bench.journey.yaml")));
    }

    [Theory]
    [InlineData("--responses", "0")]
    [InlineData("--responses", "100000001")]
    [InlineData("--customers", "5000001")]
    [InlineData("--runs", "0")]
    [InlineData("--touchpoints", "many")]
    public void OutOfRangeOptionsAreUsageErrors(string option, string value)
    {
        var result = CliRunner.Run("bench", option, value, "--work", _folder.File("refused"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error);
        Assert.False(Directory.Exists(_folder.File("refused")));
    }

    private static CliResult Tiny(params string[] options) => CliRunner.Run(
        ["bench", "--responses", "3000", "--touchpoints", "6", "--customers", "150", "--months", "3", "--runs", "1", .. options]);
}
