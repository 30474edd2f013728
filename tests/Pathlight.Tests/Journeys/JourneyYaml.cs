using Pathlight.Journeys;

namespace Pathlight.Tests.Journeys;

/// <summary>Small journey files for the tests, and helpers to parse them.</summary>
internal static class JourneyYaml
{
    public const string FileName = "j.yaml";

    /// <summary>
    /// The smallest valid journey. Line 7 is the touchpoint's "- id: t"; keys appended after it belong to the
    /// touchpoint and start on line 11, column 5.
    /// </summary>
    public const string Minimal = """
        id: j
        name: J
        stages:
          - id: s
            name: S
        touchpoints:
          - id: t
            name: T
            stage: s
            channel: web

        """;

    public static Journey Parse(string yaml) => JourneyFile.Parse(yaml, FileName);

    public static IReadOnlyList<JourneyFileError> Errors(string yaml) =>
        Assert.Throws<JourneyFileException>(() => JourneyFile.Parse(yaml, FileName)).Errors;

    public static JourneyFileError SingleError(string yaml) => Assert.Single(Errors(yaml));

    public static string SamplePath => RepositoryFile("samples", "product-launch.journey.yaml");

    /// <summary>A file of the repository, found by walking up from the test binaries.</summary>
    public static string RepositoryFile(string folder, string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, folder, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{folder}/{fileName} not found above the test binaries");
    }
}
