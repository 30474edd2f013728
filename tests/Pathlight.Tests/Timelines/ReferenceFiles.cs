using System.Globalization;
using Pathlight.Tests.Helpers;
using Pathlight.Timelines;

namespace Pathlight.Tests.Timelines;

/// <summary>The moments dataset and the table R computed from it (moments-reference.R), read from this folder of the repository.</summary>
internal static class ReferenceFiles
{
    public static string Folder => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SampleFiles.ProductLaunchJourney))!,
        "tests", "Pathlight.Tests", "Timelines");

    /// <summary>moments-data.csv: customer_id, scores (space separated, oldest first), nps.</summary>
    public static List<CustomerScores> Customers() =>
        [.. Rows("moments-data.csv").Select(r => new CustomerScores(r["customer_id"],
            [.. r["scores"].Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture))],
            int.Parse(r["nps"], CultureInfo.InvariantCulture), null, null))];

    /// <summary>moments-reference.csv: one row per predictor; empty cells are null.</summary>
    public static Dictionary<string, Dictionary<string, double?>> Reference() =>
        Rows("moments-reference.csv").ToDictionary(r => r["predictor"], r => r.Where(kv => kv.Key != "predictor")
            .ToDictionary(kv => kv.Key, kv => kv.Value.Length == 0 ? (double?)null : double.Parse(kv.Value, CultureInfo.InvariantCulture)));

    private static IEnumerable<Dictionary<string, string>> Rows(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, name)).Where(l => l.Length > 0).ToList();
        var header = Cells(lines[0]);
        return lines.Skip(1).Select(line => header.Zip(Cells(line)).ToDictionary(p => p.First, p => p.Second));
    }

    private static string[] Cells(string line) => [.. line.Split(',').Select(c => c.Trim('"'))];
}
