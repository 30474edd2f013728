using System.Globalization;
using Pathlight.Demo;
using Pathlight.Facts;

namespace Pathlight.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly FactKind[] Kinds = Enum.GetValues<FactKind>();

    [Fact]
    public void SameSeedGivesIdenticalRecords()
    {
        var first = new DemoGenerator(300, 7);
        var second = new DemoGenerator(300, 7);
        foreach (var kind in Kinds)
        {
            var expected = first.Records(kind).Select(r => (r.Line, r.Raw)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, second.Records(kind).Select(r => (r.Line, r.Raw)));
            Assert.Equal(expected, first.Records(kind).Select(r => (r.Line, r.Raw)));
        }
    }

    [Fact]
    public void DifferentSeedGivesDifferentRecords()
    {
        foreach (var kind in Kinds)
        {
            var one = new DemoGenerator(300, 1).Records(kind).Select(r => r.Raw).ToList();
            var two = new DemoGenerator(300, 2).Records(kind).Select(r => r.Raw).ToList();
            Assert.NotEqual(one, two);
        }
    }

    [Fact]
    public void FirstCustomersDoNotDependOnHowManyAreGenerated()
    {
        var small = new DemoGenerator(50, 3).Records(FactKind.Response).Select(r => r.Raw).ToList();
        var large = new DemoGenerator(500, 3).Records(FactKind.Response).Select(r => r.Raw).Take(small.Count);
        Assert.Equal(small, large);
    }

    [Fact]
    public void RowCountsGrowWithCustomers()
    {
        foreach (var kind in Kinds)
        {
            var counts = new[] { 200, 1000, 4000 }.Select(n => new DemoGenerator(n, 5).Records(kind).Count()).ToList();
            Assert.True(counts[0] < counts[1] && counts[1] < counts[2], $"{kind}: {string.Join(", ", counts)}");
        }

        // About three interactions a customer: 0.6 news + 0.35 + 0.25 + 0.7 + 0.55 + 0.3 + support.
        var perCustomer = new DemoGenerator(4000, 5).Records(FactKind.Interaction).Count() / 4000.0;
        Assert.InRange(perCustomer, 2.5, 3.5);
    }

    [Fact]
    public void IdsAreUniquePerKind()
    {
        var data = DemoDataset.Get(2000, 1);
        foreach (var rows in new[] { data.Interactions, data.Responses, data.Cases, data.Outcomes })
        {
            Assert.NotEmpty(rows);
            Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        }
    }

    [Fact]
    public void EveryRowHasAllColumnsOfItsKind()
    {
        var generator = new DemoGenerator(500, 11);
        foreach (var kind in Kinds)
        {
            var columns = DemoGenerator.Columns(kind);
            Assert.Equal(["region", "customer_type"], columns.TakeLast(2));
            foreach (var record in generator.Records(kind))
            {
                Assert.Null(record.Error);
                Assert.Equal(columns, record.Columns);
                Assert.Equal(columns.Count, record.Values.Count);
                var row = new DemoRow(record);
                Assert.False(row.IsBlank("id") || row.IsBlank("customer_id") || row.IsBlank("region") || row.IsBlank("customer_type"));
            }
        }
    }

    [Fact]
    public void ValuesUseInvariantFormatsAndAnswerScales()
    {
        var data = DemoDataset.Get(2000, 1);
        foreach (var row in data.All)
        {
            foreach (var column in new[] { "timestamp", "opened", "resolved" }.Where(c => row.IndexOf(c) >= 0 && !row.IsBlank(c)))
            {
                Assert.Equal(DateTimeKind.Utc, row.Time(column).Kind);
            }

            foreach (var column in new[] { "success", "expectations_met", "would_return", "would_recommend", "first_contact_resolution", "reopened" }
                .Where(c => row.IndexOf(c) >= 0))
            {
                _ = row.Flag(column);
            }
        }

        foreach (var (column, min, max) in new[] { ("nps", 0, 10), ("csat", 1, 5), ("ces", 1, 7), ("expectation", 0, 10), ("reality", 0, 10) })
        {
            var answers = data.Responses.Select(r => r.Number(column)).OfType<double>().ToList();
            Assert.NotEmpty(answers);
            Assert.All(answers, a => Assert.True(a >= min && a <= max && a == Math.Floor(a), $"{column} = {a}"));
        }

        Assert.All(data.Interactions.Select(r => r["duration_seconds"]).OfType<string>(), d => double.Parse(d, CultureInfo.InvariantCulture));
        Assert.Contains(data.Interactions, r => r["value"] == "799");
    }

    [Fact]
    public void LinesCountFromOneAndRawIsTheValuesAsCsv()
    {
        var records = new DemoGenerator(200, 2).Records(FactKind.Response).ToList();
        Assert.Equal(Enumerable.Range(1, records.Count).Select(i => (long)i), records.Select(r => r.Line));
        var plain = records.First(r => r.Values.All(v => v is null || !v.Contains(',', StringComparison.Ordinal)));
        Assert.Equal(string.Join(',', plain.Values), plain.Raw);
        var comma = records.FirstOrDefault(r => r.Values.Any(v => v is not null && v.Contains(',', StringComparison.Ordinal)));
        if (comma is not null)
        {
            Assert.Contains("\"", comma.Raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RejectsFewerThanOneCustomer() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoGenerator(0, 1));

    [Fact]
    public void AttributesAreUnevenAndStablePerCustomer()
    {
        var data = DemoDataset.Get(2000, 1);
        var byCustomer = data.All.GroupBy(r => r.Customer).ToList();
        Assert.All(byCustomer, g => Assert.Single(g.Select(r => (r["region"], r["customer_type"])).Distinct()));
        var regions = byCustomer.GroupBy(g => g.First()["region"]).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(["east", "north", "south", "west"], regions.Keys.Order());

        // Shares 34/26/22/18%; at 2,000 customers a share's standard error is about 1 point.
        foreach (var (region, share) in new[] { ("north", 34.0), ("south", 26.0), ("east", 22.0), ("west", 18.0) })
        {
            Assert.InRange(100.0 * regions[region] / byCustomer.Count, share - 3, share + 3);
        }

        Assert.Equal(["existing", "new"], byCustomer.Select(g => g.First()["customer_type"]).Distinct().Order());
    }

    [Fact]
    public void JourneyYamlIsTheShippedSampleAndNamesEveryGeneratedTouchpoint()
    {
        var yaml = DemoScenario.JourneyYaml;
        Assert.Equal(File.ReadAllText(SampleFile()), yaml);
        Assert.Contains($"id: {DemoScenario.JourneyId}", yaml, StringComparison.Ordinal);
        foreach (var touchpoint in DemoDataset.Get(2000, 1).Interactions.Select(r => r.Touchpoint).Distinct())
        {
            Assert.Contains($"- id: {touchpoint}\n", yaml, StringComparison.Ordinal);
        }
    }

    private static string SampleFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "product-launch.journey.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/product-launch.journey.yaml not found above the test output.");
    }
}
