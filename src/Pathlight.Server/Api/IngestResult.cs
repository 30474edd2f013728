using Pathlight.Import;

namespace Pathlight.Server.Api;

/// <summary>What an ingest request did, in total and per item.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, int Rejected, IReadOnlyList<IngestResult.Item> Items)
{
    /// <summary>One item's outcome: status is accepted, duplicate or rejected.</summary>
    public sealed record Item(int Index, long Line, string? Id, string Status, string? Reason);

    public static IngestResult Of(IReadOnlyList<ItemResult> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new IngestResult(
            items.Count(i => i.Status == ItemStatus.Accepted),
            items.Count(i => i.Status == ItemStatus.Duplicate),
            items.Count(i => i.Status == ItemStatus.Rejected),
            [.. items.Select(i => new Item(i.Index, i.Line, i.Id, i.Status.ToString().ToLowerInvariant(), i.Reason))]);
    }
}
