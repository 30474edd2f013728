using System.CommandLine;
using System.Globalization;
using CsvHelper;
using System.Text.Json;
using Spectre.Console;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight journeys</c>: what is loaded, with fact counts.</summary>
internal static class JourneysCommand
{
    internal static Command Create(CliConsole console)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("journeys", "List the journeys loaded in the store.") { db, format };
        command.SetAction(parsed =>
        {
            var journeys = Stores.Open(parsed.GetRequiredValue(db)).ListJourneys();
            switch (parsed.GetValue(format))
            {
                case OutputFormat.Json:
                    console.Out.WriteLine(JsonSerializer.Serialize(journeys.Select(j => new
                    {
                        id = j.Id,
                        name = j.Name,
                        stages = j.Stages,
                        touchpoints = j.Touchpoints,
                        loaded_at = j.LoadedAt.ToString("o", CultureInfo.InvariantCulture),
                        interactions = j.Interactions,
                        responses = j.Responses,
                        cases = j.Cases,
                        outcomes = j.Outcomes,
                    }), JsonOutput.Options));
                    break;
                case OutputFormat.Csv:
                    using (var csv = CsvWriter.Create(console.Out, CsvWriterOptions.Default, leaveOpen: true))
                    {
                        csv.WriteRecord(["id", "name", "stages", "touchpoints", "loaded_at", "interactions", "responses", "cases", "outcomes"]);
                        foreach (var j in journeys)
                        {
                            csv.WriteRecord([j.Id, j.Name, Text(j.Stages), Text(j.Touchpoints), j.LoadedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                                Text(j.Interactions), Text(j.Responses), Text(j.Cases), Text(j.Outcomes)]);
                        }
                    }

                    break;
                default:
                    if (journeys.Count == 0)
                    {
                        console.Out.WriteLine("No journey is loaded. Load one with `pathlight init --journey FILE`.");
                        break;
                    }

                    var table = new Table().AddColumns("Journey", "Name", "Stages", "Touchpoints", "Loaded (UTC)",
                        "Interactions", "Responses", "Cases", "Outcomes");
                    foreach (var column in table.Columns.Skip(2))
                    {
                        column.RightAligned();
                    }

                    foreach (var j in journeys)
                    {
                        table.AddRow(Markup.Escape(j.Id), Markup.Escape(j.Name), $"{j.Stages}", $"{j.Touchpoints}",
                            $"{j.LoadedAt:yyyy-MM-dd HH:mm}", $"{j.Interactions:N0}", $"{j.Responses:N0}", $"{j.Cases:N0}",
                            $"{j.Outcomes:N0}");
                    }

                    console.Ansi.Write(table);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
