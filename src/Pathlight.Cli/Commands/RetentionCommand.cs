using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Pathlight.AtRisk;
using Pathlight.Identity;
using Pathlight.Journeys;
using Pathlight.Storage.DuckDb;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight retention</c>: deletes each journey's facts older than its <c>retention_days</c>, with everything derived
/// from them, and reports the counts. Imports apply it too, right after writing.
/// </summary>
internal static class RetentionCommand
{
    internal static Command Create(CliConsole console)
    {
        var journey = new Option<string?>("--journey") { Description = "Only this journey; by default every journey with retention_days.", HelpName = "ID" };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Count the retention period back from this moment instead of now: a date (its end) or a timestamp, not in the future.",
            HelpName = "TIME",
        };
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("retention",
            "Delete facts older than each journey's options.retention_days (cases by when they were opened), with the identifiers "
            + "no remaining fact carries, and print what was removed. Journeys without retention_days keep their facts.")
        {
            journey, asOf, format, db,
        };
        command.SetAction(parsed =>
        {
            var now = DateTime.UtcNow;
            var moment = AsOf(parsed.GetValue(asOf), now);
            var store = Stores.Open(parsed.GetRequiredValue(db));
            var journeys = parsed.GetValue(journey) is { } id
                ? [store.GetJourney(id)]
                : store.ListJourneys().Select(j => store.GetJourney(j.Id)).ToList();
            var runs = journeys.Select(j => (Journey: j, Removed: store.ApplyRetention(j, moment))).ToList();
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    ReportOutput.Json(console, output => WriteJson(output, moment, runs));
                    break;
                case OutputFormat.Csv:
                    WriteCsv(console.Out, moment, runs);
                    break;
                default:
                    WriteTable(console.Ansi, moment, runs);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Applies the journey's retention after an import, so facts already past it do not stay until the next run. The
    /// import is committed already, so a failure only warns.
    /// </summary>
    internal static void AfterImport(CliConsole console, DuckDbStore store, Journey journey)
    {
        if (journey.Options.RetentionDays is not { } days)
        {
            return;
        }

        try
        {
            var now = DateTime.UtcNow;
            if (store.ApplyRetention(journey, now) is { Facts: > 0 } removed)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Retention ({days} days) removed {removed.Facts} facts from before {Time(now.AddDays(-days))} UTC "
                    + $"({removed.Interactions} interactions, {removed.Responses} responses, {removed.Cases} cases, {removed.Outcomes} outcomes) "
                    + $"and {removed.Identifiers} identifiers no fact carries any more."));
            }
        }
        catch (Exception e) when (e is PathlightException or System.Data.Common.DbException)
        {
            console.Error.WriteLine($"warning: retention was not applied after the import ({e.Message}); `pathlight retention` applies it.");
        }
    }

    private static DateTime AsOf(string? text, DateTime now)
    {
        try
        {
            var moment = AtRiskWindow.ParseAsOf(text, now)?.AsOf ?? now;
            return moment <= now
                ? moment
                : throw new PathlightException($"--as-of {text} is in the future; retention counts back from now or an earlier moment.");
        }
        catch (PathlightException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static DateTime? Cutoff(Journey journey, DateTime asOf) =>
        journey.Options.RetentionDays is { } days ? asOf.AddDays(-days) : null;

    private static void WriteJson(Stream output, DateTime asOf, List<(Journey Journey, RemovalCounts Removed)> runs)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("as_of", Iso(asOf));
        json.WriteStartArray("journeys");
        foreach (var (journey, removed) in runs)
        {
            json.WriteStartObject();
            json.WriteString("journey", journey.Id);
            if (journey.Options.RetentionDays is { } days) json.WriteNumber("retention_days", days);
            else json.WriteNull("retention_days");
            json.WriteString("cutoff", Cutoff(journey, asOf) is { } cutoff ? Iso(cutoff) : null);
            ErasureJson.WriteCounts(json, removed, full: true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCsv(TextWriter output, DateTime asOf, List<(Journey Journey, RemovalCounts Removed)> runs)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["journey", "retention_days", "cutoff", "facts", "interactions", "responses", "cases", "outcomes", "identifiers",
            "links", "webhook_deliveries"]);
        foreach (var (journey, r) in runs)
        {
            csv.WriteRecord([journey.Id, journey.Options.RetentionDays?.ToString(CultureInfo.InvariantCulture),
                Cutoff(journey, asOf) is { } cutoff ? Iso(cutoff) : null,
                .. new[] { r.Facts, r.Interactions, r.Responses, r.Cases, r.Outcomes, r.Identifiers, r.Links, r.WebhookDeliveries }
                    .Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }
    }

    private static void WriteTable(IAnsiConsole console, DateTime asOf, List<(Journey Journey, RemovalCounts Removed)> runs)
    {
        console.MarkupLine(Markup.Escape($"Retention as of {Time(asOf)} UTC"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Journey", "Keeps", "Removed facts from before (UTC)", "Interactions", "Responses", "Cases", "Outcomes", "Identifiers");
        foreach (var column in table.Columns.Skip(3)) column.RightAligned();
        foreach (var (journey, r) in runs)
        {
            if (Cutoff(journey, asOf) is not { } cutoff)
            {
                table.AddRow(Markup.Escape(journey.Id), "forever", "–", "", "", "", "", "");
                continue;
            }

            table.AddRow([Markup.Escape(journey.Id), $"{journey.Options.RetentionDays} days", Time(cutoff),
                .. new[] { r.Interactions, r.Responses, r.Cases, r.Outcomes, r.Identifiers }.Select(n => n.ToString("N0", CultureInfo.InvariantCulture))]);
        }

        console.Write(table);
    }

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
