using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;

namespace Pathlight.Benchmarks.Import;

/// <summary>
/// The front of the import path over an in-memory CSV of survey responses: reading records (SourceReader), and
/// reading them and turning them into facts (FactParser). Writing to the store is measured by <c>pathlight bench</c>.
/// </summary>
[MemoryDiagnoser]
public class CsvParseBenchmarks
{
    private byte[] _csv = [];
    private Journey _journey = SampleJourney.Create(1);

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _journey = SampleJourney.Create(40);
        var random = new Random(Rows);
        var csv = new StringBuilder("id,touchpoint,timestamp,customer_id,nps,csat,ces,expectation,reality,expectations_met,would_return,would_recommend,region\n");
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Rows; i++)
        {
            var at = start.AddSeconds(i * 60L).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var questions = random.Next(10) < 6;
            csv.Append(CultureInfo.InvariantCulture,
                $"r{i:D9},{SampleJourney.TouchpointId(random.Next(40))},{at},c{random.Next(50_000):D7},{random.Next(11)},{random.Next(1, 6)},,{random.Next(11)},{random.Next(11)},")
                .Append(questions ? "true,false,true," : ",,,")
                .Append(random.Next(2) == 0 ? "north" : "south")
                .Append('\n');
        }

        _csv = Encoding.UTF8.GetBytes(csv.ToString());
    }

    [Benchmark]
    public long Read()
    {
        using var reader = SourceReader.Open(new MemoryStream(_csv, writable: false), ImportFormat.Csv);
        long records = 0;
        foreach (var record in reader.ReadRecords())
        {
            records += record.Values.Count;
        }

        return records;
    }

    [Benchmark]
    public long ReadAndParse()
    {
        var parser = new FactParser(FactKind.Response, _journey);
        using var reader = SourceReader.Open(new MemoryStream(_csv, writable: false), ImportFormat.Csv);
        long facts = 0;
        foreach (var record in reader.ReadRecords())
        {
            if (parser.Parse(record).Fact is not null) facts++;
        }

        return facts;
    }
}
