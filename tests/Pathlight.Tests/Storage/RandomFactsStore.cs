using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;

namespace Pathlight.Tests.Storage;

/// <summary>One store holding the random facts, shared by the tests of the class.</summary>
public sealed class RandomFactsStore : IDisposable
{
    private readonly DisposableFolder _folder = new();

    public RandomFactsStore()
    {
        Journey = JourneyFile.Load(SampleFiles.ProductLaunchJourney);
        Facts = new RandomFacts(Journey, seed: 20250304, responses: 3000, interactions: 2000);
        Db = DuckDbStore.Open(_folder.File("statistics.duckdb"), create: true);
        Db.SaveJourney(Journey);
        using (var responses = Db.OpenWriter(Journey, FactKind.Response))
        {
            // Several batches, as an import writes them.
            foreach (var chunk in Facts.Responses.Chunk(1000))
            {
                responses.Write(chunk);
            }
        }

        using var interactions = Db.OpenWriter(Journey, FactKind.Interaction);
        interactions.Write(Facts.Interactions);
    }

    public Journey Journey { get; }

    public RandomFacts Facts { get; }

    public DuckDbStore Db { get; }

    public void Dispose() => _folder.Dispose();
}
