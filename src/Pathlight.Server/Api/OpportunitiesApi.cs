using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Pathlight.Facts;
using Pathlight.Opportunities;
using Pathlight.Server.Access;
using Pathlight.Storage.DuckDb;

namespace Pathlight.Server.Api;

/// <summary>
/// <c>/api/v1/journeys/{id}/opportunities</c>: the same JSON as <c>pathlight opportunities --format json</c>, or with
/// <c>?format=csv</c> (or <c>Accept: text/csv</c>) the CSV export as a file download.
/// </summary>
public static class OpportunitiesApi
{
    public const string CsvType = "text/csv";

    public static RouteGroupBuilder MapOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/journeys/{journeyId}/opportunities").WithTags("Opportunities").RequireAuthorization(Policies.Read);
        group.MapGet("/", Get)
            .Produces(StatusCodes.Status200OK, typeof(void), "application/json", CsvType)
            .WithSummary("The ranked improvement opportunities: importance × shortfall × reach plus support demand, with owner, evidence and a statement; ?format=csv for the CSV export.");
        return group;
    }

    internal static FileContentHttpResult Get(string journeyId, [AsParameters] OpportunitiesQuery query, HttpRequest request, DuckDbStore store)
    {
        var csv = WantsCsv(query.Format, request);
        var filter = FactFilter.Parse(query.From, query.To, query.Where);
        var report = store.GetOpportunities(store.GetJourney(journeyId), filter);
        if (csv) return Csv(report);

        using var json = new MemoryStream();
        OpportunityJson.Write(report, json);
        return TypedResults.Bytes(json.ToArray(), "application/json");
    }

    /// <summary>The CSV export as a download named after the journey, shared with the dashboard's download link.</summary>
    internal static FileContentHttpResult Csv(OpportunityReport report)
    {
        using var writer = new StringWriter();
        OpportunityCsv.Write(report, writer);
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), CsvType + "; charset=utf-8", FileName(report.JourneyId));
    }

    internal static string FileName(string journeyId) => $"{journeyId}-opportunities.csv";

    private static bool WantsCsv(string? format, HttpRequest request) => format?.Trim().ToLowerInvariant() switch
    {
        "csv" => true,
        "json" => false,
        null or "" => request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(CsvType, StringComparison.OrdinalIgnoreCase)),
        _ => throw new PathlightException($"Unknown format '{format}': use json or csv."),
    };
}
