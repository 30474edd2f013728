using System.Text;
using DuckDB.NET.Data;
using Pathlight.Facts;
using Pathlight.Import;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>
/// A store and the <see cref="FactModel"/> of what it should hold, changed together by random steps: imports
/// through the real <see cref="Importer"/>, replays of earlier files, deletions through
/// <see cref="FactDeletion"/> and <see cref="DuckDbStore.ClearFacts"/>, and reloads of the journey with other
/// segments and KPI kinds. <see cref="Verify"/> compares the store with the model and itself.
/// </summary>
internal sealed class AggregateWorld : IDisposable
{
    private static readonly string[] Dimensions = ["region", "plan", "platform"];

    private readonly Random _random;
    private readonly RandomCsv _csv;
    private readonly DisposableFolder _folder = new();
    private readonly FactModel _model = new();
    private readonly List<(FactKind Kind, string Text, List<Fact> Valid, int Rejected)> _files = [];
    private readonly DuckDBConnection _keepOpen;

    public AggregateWorld(int seed)
    {
        _random = new Random(seed);
        _csv = new RandomCsv(_random);
        Store = DuckDbStore.Open(_folder.File("aggregates.duckdb"), create: true);
        // DuckDB.NET closes a database with its last connection; one held open spares every step a reopening.
        _keepOpen = Store.Connect();
        Journey = AggregateJourneys.With(["region", "plan"]);
        Store.SaveJourney(Journey);
    }

    public DuckDbStore Store { get; }

    public Journey Journey { get; private set; }

    /// <summary>Totals over the steps, to show the steps did what they are for.</summary>
    public (long Imported, long Duplicates, long Rejected, long Deleted) Totals { get; private set; }

    public void Dispose()
    {
        _keepOpen.Dispose();
        _folder.Dispose();
    }

    public string ImportNew(FactKind kind)
    {
        var stored = kind == FactKind.Response ? _model.Responses.Keys : (IReadOnlyCollection<string>)_model.Interactions.Keys;
        var (text, valid, rejected) = kind == FactKind.Response ? _csv.Responses(stored) : _csv.Interactions(stored);
        _files.Add((kind, text, valid, rejected));
        return Import(kind, text, valid, rejected, "import");
    }

    public string Replay()
    {
        var (kind, text, valid, rejected) = _files[_random.Next(_files.Count)];
        return Import(kind, text, valid, rejected, "replay");
    }

    public string Delete()
    {
        var kind = _random.Next(2) == 0 ? FactKind.Response : FactKind.Interaction;
        var (label, where, parameter, matches) = Condition();
        long deleted;
        lock (Store.WriteLock)
        {
            using var connection = Store.Connect();
            using var transaction = connection.BeginTransaction();
            deleted = FactDeletion.Delete(connection, Journey, kind, where, parameter);
            transaction.Commit();
        }

        var expected = _model.Remove(kind, matches);
        Assert.Equal(expected, deleted);
        Totals = Totals with { Deleted = Totals.Deleted + deleted };
        return $"delete {kind} where {label}: {deleted}";
    }

    public string Clear()
    {
        var expected = _model.Responses.Count + _model.Interactions.Count;
        Assert.Equal(expected, Store.ClearFacts(Journey.Id));
        _model.Clear();
        Totals = Totals with { Deleted = Totals.Deleted + expected };
        return $"clear: {expected}";
    }

    public string Reload()
    {
        var segments = Dimensions.Where(_ => _random.Next(2) == 0).OrderBy(_ => _random.Next()).ToList();
        Journey = AggregateJourneys.With(segments, medianValue: _random.Next(2) == 0, medianDuration: _random.Next(2) == 0);
        Store.SaveJourney(Journey);
        return $"reload with segments [{string.Join(", ", segments)}]";
    }

    /// <summary>
    /// The aggregates agree with a recomputation from raw facts, and scorecard and trend statistics read from
    /// them equal those read from the raw facts and those computed in memory from the model.
    /// </summary>
    public void Verify(string step)
    {
        var differences = Store.CheckAggregates(Journey.Id);
        Assert.True(differences.Count == 0, $"after {step}:\n{string.Join("\n", differences)}");
        var filters = Filters().ToList();
        foreach (var (name, filter) in filters)
        {
            var context = $"after {step}, filter {name}";
            Assert.True(Store.ReadsAggregates(Journey, filter), $"{context}: not read from the aggregates");
            var fromAggregates = Store.GetStatistics(Journey, filter);
            var fromFacts = Store.GetStatistics(Journey, filter, rawFacts: true);
            AggregateAssert.Equal(fromFacts, fromAggregates, Journey, $"{context}, aggregates against raw facts");
            AggregateAssert.Equal(_model.Statistics(filter), fromAggregates, Journey, $"{context}, aggregates against the model");
        }

        foreach (var (period, (name, filter)) in new[] { TrendPeriod.Week, TrendPeriod.Month }.Zip(filters.Skip(1)))
        {
            var context = $"after {step}, {period} trend, filter {name}";
            var fromAggregates = Store.GetTrend(Journey, filter, period);
            AggregateAssert.Equal(Store.GetTrend(Journey, filter, period, rawFacts: true), fromAggregates, $"{context}, aggregates against raw facts");
            AggregateAssert.Equal(_model.Trend(filter, period), fromAggregates, $"{context}, aggregates against the model");
        }
    }

    private string Import(FactKind kind, string text, List<Fact> valid, int rejected, string what)
    {
        var returningIds = _random.Next(3) == 0;
        ImportSummary summary;
        using (var writer = Store.OpenWriter(Journey, kind))
        using (var reader = SourceReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), ImportFormat.Csv))
        {
            Func<IReadOnlyList<Fact>, int> write = returningIds ? batch => writer.WriteReturningIds(batch).Count : writer.Write;
            summary = new Importer(new FactParser(kind, Journey), write, batchSize: _random.Next(4, 40)).Run(reader.ReadRecords());
        }

        var imported = 0;
        foreach (var fact in valid)
        {
            if (_model.Add(fact)) imported++;
        }

        var label = $"{what} of {valid.Count + rejected} {kind} rows{(returningIds ? " returning ids" : "")}";
        Assert.True(new ImportSummary(imported, valid.Count - imported, rejected) == summary, $"{label}: {summary}");
        Totals = Totals with
        {
            Imported = Totals.Imported + imported,
            Duplicates = Totals.Duplicates + valid.Count - imported,
            Rejected = Totals.Rejected + rejected,
        };
        return $"{label}: {summary}";
    }

    private (string Label, string Where, (string, object?) Parameter, Func<Fact, bool> Matches) Condition()
    {
        switch (_random.Next(4))
        {
            case 0:
                var customer = _csv.Customer();
                return ($"customer {customer}", "customer_id = $customer", ("customer", customer), f => f.CustomerId == customer);
            case 1:
                var before = _csv.Moment();
                return ($"before {before:o}", "ts < $before", ("before", before), f => f.Timestamp < before);
            case 2:
                var touchpoint = (string?)new[] { "a", "b", "c", "d" }[_random.Next(4)];
                return ($"touchpoint {touchpoint}", "touchpoint_id = $touchpoint", ("touchpoint", touchpoint), f => TouchpointOf(f) == touchpoint);
            default:
                var region = RandomCsv.Values["region"][_random.Next(3)];
                return ($"region {region}", "json_extract_string(attributes, '$.region') = $region", ("region", region),
                    f => f.Attributes.GetValueOrDefault("region") == region);
        }
    }

    private IEnumerable<(string Name, FactFilter Filter)> Filters()
    {
        var from = RandomCsv.Start.AddDays(_random.Next(RandomCsv.Days));
        var to = from.AddDays(_random.Next(1, 30));
        var segments = Journey.Options.SegmentDimensions;
        yield return ("all", FactFilter.All);
        yield return ($"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", new FactFilter(from, to, []));
        yield return ($"..{to:yyyy-MM-dd}", new FactFilter(null, to, []));
        if (segments.Count > 0)
        {
            var one = Condition(segments[0]);
            yield return ($"{one.Key}={one.Value}", new FactFilter(null, null, [one]));
            var all = segments.Select(Condition).ToList();
            yield return ($"{from:yyyy-MM-dd}.. {string.Join(" ", all)}", new FactFilter(from, null, all));
        }
    }

    private KeyValuePair<string, string> Condition(string dimension)
    {
        var values = RandomCsv.Values[dimension].OfType<string>().ToArray();
        return new(dimension, values[_random.Next(values.Length)]);
    }

    private static string? TouchpointOf(Fact fact) => fact switch
    {
        ResponseFact r => r.TouchpointId,
        InteractionFact i => i.TouchpointId,
        _ => null,
    };
}
