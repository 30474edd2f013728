using System.Security.Cryptography;
using Pathlight.Cli.Bench;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;

namespace Pathlight.Tests.Bench;

public sealed class BenchDataTests
{
    private static readonly BenchDataSize Small = new(Responses: 100_000, Touchpoints: 7, Customers: 1_234, Months: 5, Seed: 42);

    [Fact]
    public void TheSameSeedWritesTheSameBytes()
    {
        Assert.Equal(Hash(Small), Hash(Small));
    }

    [Fact]
    public void AnotherSeedWritesOtherData()
    {
        Assert.NotEqual(Hash(Small), Hash(Small with { Seed = 43 }));
    }

    [Fact]
    public void ARowDependsOnlyOnTheSeedAndItsNumber()
    {
        var longer = new BenchData(Small with { Responses = 1_000_000, Customers = Small.Customers });
        var shorter = new BenchData(Small);

        // Timestamps spread rows over the period, so they change with the count; the rest does not.
        Assert.Equal(shorter.Response(77_777) with { Seconds = 0 }, longer.Response(77_777) with { Seconds = 0 });
    }

    [Fact]
    public void EveryRowIsAcceptedByTheImportAndReadsBackAsGenerated()
    {
        var data = new BenchData(Small);
        var journey = JourneyFile.Parse(data.JourneyYaml(), "bench.journey.yaml");
        var parser = new FactParser(FactKind.Response, journey);
        using var reader = SourceReader.Open(new MemoryStream(Csv(Small)), ImportFormat.Csv);
        Assert.Equal(BenchCsvWriter.Header.Split(','), reader.Columns);

        var rows = 0L;
        var relationship = 0L;
        var customers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in reader.ReadRecords(TestContext.Current.CancellationToken))
        {
            var parsed = parser.Parse(record);
            var fact = Assert.IsType<ResponseFact>(parsed.Fact, exactMatch: false);
            var expected = data.Response(rows);
            Assert.Equal(BenchData.ResponseId(rows), fact.Id);
            Assert.Equal(expected.Touchpoint < 0 ? null : BenchData.TouchpointId(expected.Touchpoint), fact.TouchpointId);
            Assert.Equal(BenchData.Start.AddSeconds(expected.Seconds), fact.At);
            Assert.InRange(fact.At, BenchData.Start, data.End.AddTicks(-1));
            Assert.Equal(BenchData.CustomerId(expected.Customer), fact.CustomerId);
            Assert.InRange(expected.Customer, 0, Small.Customers - 1);
            Assert.Equal(Answer(expected.Nps), fact.Nps);
            Assert.Equal(Answer(expected.Csat), fact.Csat);
            Assert.Equal(Answer(expected.Ces), fact.Ces);
            Assert.Equal(Answer(expected.Expectation), fact.Expectation);
            Assert.Equal(Answer(expected.Reality), fact.Reality);
            Assert.Equal(Flag(expected.WouldRecommend), fact.WouldRecommend);
            Assert.Equal(BenchData.Regions[expected.Region], fact.Attributes["region"]);
            rows++;
            relationship += fact.TouchpointId is null ? 1 : 0;
            customers.Add(fact.CustomerId!);
        }

        Assert.Equal(Small.Responses, rows);
        Assert.Equal(Small.Touchpoints, journey.Touchpoints.Count);
        // About 10% relationship responses and nearly every customer seen: 100,000 rows over 1,234 customers.
        Assert.InRange(relationship, 9_000, 11_000);
        Assert.InRange(customers.Count, 1_200, Small.Customers);
    }

    [Fact]
    public void AnswersStayInTheirRangesAndEveryResponseAnswersSomething()
    {
        var data = new BenchData(Small);
        for (var i = 0L; i < Small.Responses; i++)
        {
            var r = data.Response(i);
            Assert.InRange(r.Touchpoint, -1, Small.Touchpoints - 1);
            Assert.InRange(r.Nps, -1, 10);
            Assert.InRange(r.Csat, -1, 5);
            Assert.InRange(r.Ces, -1, 7);
            Assert.InRange(r.Expectation, -1, 10);
            Assert.InRange(r.Reality, -1, 10);
            Assert.NotEqual(0, r.Csat);
            Assert.NotEqual(0, r.Ces);
            Assert.True(r.Nps >= 0 || r.Reality >= 0, $"row {i} has no score");
            Assert.Equal(r.Expectation < 0, r.Reality < 0);
        }
    }

    [Fact]
    public void TimestampsRunInOrderAcrossTheMonths()
    {
        var data = new BenchData(Small);
        var seconds = Enumerable.Range(0, (int)Small.Responses).Select(i => data.Response(i).Seconds).ToList();

        Assert.Equal(seconds.Order(), seconds);
        Assert.Equal(0, seconds[0]);
        Assert.True(BenchData.Start.AddSeconds(seconds[^1]) > data.End.AddDays(-1));
        Assert.Equal(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), data.End);
    }

    [Theory]
    [InlineData(0L, 40, 1L, 24, "--responses")]
    [InlineData(100_000_001L, 40, 1L, 24, "--responses")]
    [InlineData(10L, 0, 1L, 24, "--touchpoints")]
    [InlineData(10L, 40, 5_000_001L, 24, "--customers")]
    [InlineData(10L, 40, 1L, 0, "--months")]
    public void SizesOutsideTheLimitsAreRefused(long responses, int touchpoints, long customers, int months, string option)
    {
        Assert.StartsWith(option, new BenchDataSize(responses, touchpoints, customers, months, 1).Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomersDefaultToOnePerTwentyResponsesUpToFiveMillion()
    {
        Assert.Equal(50_000, BenchDataSize.DefaultCustomers(1_000_000));
        Assert.Equal(5_000_000, BenchDataSize.DefaultCustomers(100_000_000));
        Assert.Equal(1, BenchDataSize.DefaultCustomers(5));
    }

    private static byte[] Csv(BenchDataSize size)
    {
        using var output = new MemoryStream();
        new BenchCsvWriter(new BenchData(size)).Write(output);
        return output.ToArray();
    }

    private static string Hash(BenchDataSize size) => Convert.ToHexString(SHA256.HashData(Csv(size)));

    private static int? Answer(sbyte value) => value < 0 ? null : value;

    private static bool? Flag(sbyte value) => value < 0 ? null : value == 1;
}
