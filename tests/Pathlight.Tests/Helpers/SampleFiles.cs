namespace Pathlight.Tests.Helpers;

/// <summary>Files of the repository the tests read, found by walking up from the test assembly's folder.</summary>
public static class SampleFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>samples/product-launch.journey.yaml.</summary>
    public static string ProductLaunchJourney => Path.Combine(Root.Value, "samples", "product-launch.journey.yaml");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "samples", "product-launch.journey.yaml")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No samples/product-launch.journey.yaml above {AppContext.BaseDirectory}; the tests run from the repository's build output.");
    }
}
