using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Pages;

/// <summary>What every journey page's layout and filter form need: the journey, the others, the filter and who is signed in.</summary>
/// <param name="Journey">The journey shown.</param>
/// <param name="Journeys">Every journey in the store, for switching.</param>
/// <param name="Filter">The filter applied.</param>
/// <param name="Segments">The journey's segment dimensions with the values found in its facts.</param>
/// <param name="UserName">The signed-in key's name.</param>
/// <param name="Section">The page: "map" or "trends", for the navigation's current link.</param>
public sealed record DashboardContext(
    Journey Journey,
    IReadOnlyList<JourneySummary> Journeys,
    DashboardFilter Filter,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Segments,
    string? UserName,
    string Section)
{
    public string MapPath => $"/journeys/{Uri.EscapeDataString(Journey.Id)}";

    public string TrendsPath => MapPath + "/trends";
}
