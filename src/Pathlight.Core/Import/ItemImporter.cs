using Pathlight.Facts;

namespace Pathlight.Import;

/// <summary>
/// The import path for requests that need an answer per item (the ingest API, a survey page): the same
/// parser as file imports, the whole request written in one transaction, and each item reported as accepted,
/// duplicate or rejected with its reason.
/// </summary>
public static class ItemImporter
{
    /// <summary>Parses and writes the records; <paramref name="write"/> stores the facts in one transaction and
    /// returns the ids that were new.</summary>
    public static IReadOnlyList<ItemResult> Import(
        IEnumerable<SourceRecord> records, FactParser parser, Func<IReadOnlyList<Fact>, IReadOnlySet<string>> write)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(write);
        var parsed = new List<(SourceRecord Record, FactParseResult Result)>();
        foreach (var record in records)
        {
            parsed.Add((record, parser.Parse(record)));
        }

        var inserted = write([.. parsed.Select(p => p.Result.Fact).OfType<Fact>()]);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ItemResult>(parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            var (record, result) = parsed[i];
            if (result.Fact is not { } fact)
            {
                results.Add(new ItemResult(i, record.Line, IdOf(record), ItemStatus.Rejected, result.Error));
                continue;
            }

            var status = inserted.Contains(fact.Id) && claimed.Add(fact.Id) ? ItemStatus.Accepted : ItemStatus.Duplicate;
            results.Add(new ItemResult(i, record.Line, fact.Id, status, null));
        }

        return results;
    }

    private static string? IdOf(SourceRecord record)
    {
        for (var i = 0; i < record.Columns.Count; i++)
        {
            if (record.Columns[i] == "id" && i < record.Values.Count && !string.IsNullOrWhiteSpace(record.Values[i]))
            {
                return record.Values[i]!.Trim();
            }
        }

        return null;
    }
}
