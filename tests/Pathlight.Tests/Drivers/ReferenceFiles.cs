using System.Globalization;

namespace Pathlight.Tests.Drivers;

/// <summary>
/// The fixed driver dataset and R's reference table beside <c>Reference/lmg_reference.R</c>, found by walking up
/// from the test assembly to the repository.
/// </summary>
internal static class ReferenceFiles
{
    public static readonly string[] Drivers = ["a", "b", "c", "d", "e"];

    private static readonly Lazy<string> Folder = new(Find);

    /// <summary>The dataset's rows: outcome, then a..e.</summary>
    public static List<double[]> Dataset() =>
        [.. File.ReadLines(Path.Combine(Folder.Value, "drivers_dataset.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];

    /// <summary>R's figures by (kind, name): r, subset_r2, lmg, r2.</summary>
    public static Dictionary<(string Kind, string Name), double> Reference() =>
        File.ReadLines(Path.Combine(Folder.Value, "lmg_reference.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => double.Parse(f[2], CultureInfo.InvariantCulture));

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Pathlight.Tests", "Drivers", "Reference");
            if (File.Exists(Path.Combine(candidate, "lmg_reference.csv"))) return candidate;
        }

        throw new InvalidOperationException($"No tests/Pathlight.Tests/Drivers/Reference above {AppContext.BaseDirectory}.");
    }
}
