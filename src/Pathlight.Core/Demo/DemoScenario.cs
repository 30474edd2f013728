namespace Pathlight.Demo;

/// <summary>
/// The built-in "new product launch" scenario: its journey file, embedded in the library so the demo runs
/// from any folder, and the fixed dates the synthetic customers are placed around.
/// </summary>
public static class DemoScenario
{
    /// <summary>How many customers <c>pathlight demo</c> simulates unless told otherwise.</summary>
    public const int DefaultCustomers = 10_000;

    /// <summary>The seed <c>pathlight demo</c> uses unless told otherwise.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The journey id in <see cref="JourneyYaml"/>.</summary>
    public const string JourneyId = "product-launch";

    private const string ResourceName = "Pathlight.Demo.product-launch.journey.yaml";

    private static readonly Lazy<string> Yaml = new(ReadYaml);

    /// <summary>
    /// Launch day, midnight UTC. News appears about six weeks before it, enquiries and marketing in the
    /// weeks before, purchases on the day and after, the stock-out from a few days after, outcomes weeks later.
    /// </summary>
    public static DateTime LaunchDate { get; } = new(2026, 3, 5, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The text of <c>samples/product-launch.journey.yaml</c> as shipped with this library.</summary>
    public static string JourneyYaml => Yaml.Value;

    private static string ReadYaml()
    {
        var assembly = typeof(DemoScenario).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
