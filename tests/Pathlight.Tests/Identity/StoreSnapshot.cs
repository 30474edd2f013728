using System.Globalization;
using System.Text;
using System.Text.Json;
using Pathlight.AtRisk;
using Pathlight.Drivers;
using Pathlight.Facts;
using Pathlight.Metrics;
using Pathlight.Opportunities;
using Pathlight.Paths;
using Pathlight.Scorecards;
using Pathlight.Storage.DuckDb;
using Pathlight.Support;
using Pathlight.Timelines;

namespace Pathlight.Tests.Identity;

/// <summary>
/// Every figure a journey's reports show, and how its facts and identifiers are stitched, as text: two stores that
/// should be indistinguishable to an analyst have equal snapshots.
/// </summary>
internal static class StoreSnapshot
{
    private static readonly JsonSerializerOptions Plain = new() { IncludeFields = true };

    /// <summary>Report name to its JSON (or text).</summary>
    public static SortedDictionary<string, string> Of(StitchingStore s, DateTime asOf)
    {
        var store = s.Store;
        var journey = s.Journey;
        var all = FactFilter.All;
        var scorecard = ScorecardBuilder.Build(journey, store.GetStatistics(journey, all), null, null);
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["scorecard"] = Json(stream => ScorecardJson.Write(scorecard, stream)),
            ["statistics"] = Statistics(store.GetStatistics(journey, all)),
            ["statistics north"] = Statistics(store.GetStatistics(journey, new FactFilter(null, null, [new("region", "north")]))),
            ["trend"] = JsonSerializer.Serialize(
                store.GetTrend(journey, all, TrendPeriod.Month).OrderBy(p => p.Start).ThenBy(p => p.TouchpointId, StringComparer.Ordinal), Plain),
            ["support"] = Json(stream => SupportJson.Write(SupportReportBuilder.Build(journey, store.GetSupport(journey, all), null, null), stream)),
            ["paths"] = Json(stream => PathsJson.Write(store.GetPaths(journey, all), stream)),
            ["at-risk"] = Json(stream => AtRiskJson.Write(store.GetAtRisk(journey, new AtRiskWindow(asOf, 120, AsOfSource.Given)), stream)),
            ["opportunities"] = Json(stream => OpportunityJson.Write(store.GetOpportunities(journey, all), stream)),
            ["customers of facts"] = Lines(s.CustomerOfFacts()),
            ["customers of identifiers"] = Lines(OrderIndependenceTests.StoredIdentifiers(s)),
            ["shared identifiers"] = string.Join("\n", store.GetSharedIdentifiers(journey).Select(i => $"{i.Identifier} {i.CustomerIds}")),
        };
        foreach (var outcome in Enum.GetValues<DriverOutcome>())
        {
            snapshot[$"drivers {outcome}"] = Json(stream => DriverJson.Write(store.GetDrivers(journey, all, outcome), stream));
        }

        foreach (var outcome in Enum.GetValues<MomentsOutcome>())
        {
            snapshot[$"moments {outcome}"] = Json(stream => MomentsJson.Write(MomentsAnalysis.Analyze(journey, store.GetCustomerScores(journey, all), outcome), stream));
        }

        return snapshot;
    }

    /// <summary>Asserts equal snapshots report by report, naming the first that differs.</summary>
    public static void Equal(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, text) in expected)
        {
            if (text != actual[name])
            {
                Assert.Fail($"{name} differs:\n--- expected\n{text}\n--- actual\n{actual[name]}");
            }
        }
    }

    /// <summary>JSON with every number rounded to 10 significant digits, for reports whose sums may run in another order.</summary>
    public static string Rounded(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"-?\d+\.\d+(?:[eE][-+]?\d+)?", match =>
            double.Parse(match.Value, CultureInfo.InvariantCulture).ToString("G10", CultureInfo.InvariantCulture));

    // The store fills the per-touchpoint dictionaries in whatever order its query returns rows.
    private static string Statistics(JourneyStatistics statistics) => JsonSerializer.Serialize(new
    {
        Responses = new SortedDictionary<string, ResponseStatistics>(statistics.Responses, StringComparer.Ordinal),
        statistics.Relationship,
        Interactions = new SortedDictionary<string, InteractionStatistics>(statistics.Interactions, StringComparer.Ordinal),
    }, Plain);

    private static string Json(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Lines<T>(SortedDictionary<string, T> map) => string.Join("\n", map.Select(p => $"{p.Key} {p.Value}"));
}
