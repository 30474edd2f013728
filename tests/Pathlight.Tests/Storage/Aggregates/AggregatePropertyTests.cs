using Pathlight.Facts;

namespace Pathlight.Tests.Storage.Aggregates;

/// <summary>
/// Random imports (good, rejected and duplicate rows), replays, deletions and journey reloads, after each of
/// which the aggregates must equal a recomputation from the raw facts, and the scorecard and trend statistics
/// read from them must equal both the raw-fact queries and an in-memory computation.
/// </summary>
public sealed class AggregatePropertyTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public void AggregatesAlwaysEqualTheRawFacts(int seed)
    {
        using var world = new AggregateWorld(seed);
        var random = new Random(seed);
        var start = new List<Func<string>> { () => world.ImportNew(FactKind.Response), () => world.ImportNew(FactKind.Interaction) };
        var rest = new List<Func<string>>
        {
            world.Replay, world.Delete, world.Delete, world.Delete, world.Reload, world.Reload, world.Clear,
            () => world.ImportNew(FactKind.Response), () => world.ImportNew(FactKind.Response),
            () => world.ImportNew(FactKind.Interaction), () => world.ImportNew(FactKind.Interaction), world.Replay,
        };

        foreach (var step in start.Concat(rest.OrderBy(_ => random.Next())))
        {
            world.Verify(step());
        }

        Assert.True(world.Totals is { Imported: > 100, Duplicates: > 10, Rejected: > 5, Deleted: > 10 }, $"{world.Totals}");
    }
}
