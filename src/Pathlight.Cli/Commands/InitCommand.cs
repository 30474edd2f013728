using System.CommandLine;
using Pathlight.Journeys;

namespace Pathlight.Cli.Commands;

/// <summary><c>pathlight init --journey FILE</c>: create or upgrade the store and load (or replace) a journey.</summary>
internal static class InitCommand
{
    internal static Command Create(CliConsole console)
    {
        var journeyFile = new Option<FileInfo>("--journey")
        {
            Description = "The journey file (YAML) to load; a journey with the same id is replaced, its facts kept.",
            HelpName = "FILE",
            Required = true,
        };
        var db = CommonOptions.Db();
        var command = new Command("init", "Create or upgrade the store and load a journey definition.") { journeyFile, db };
        command.SetAction(parsed =>
        {
            var file = parsed.GetRequiredValue(journeyFile);
            if (!file.Exists)
            {
                throw new UsageException($"The journey file {file.FullName} does not exist.");
            }

            var journey = JourneyFile.Load(file.ToString());
            var path = parsed.GetRequiredValue(db);
            var existed = File.Exists(path);
            var store = Stores.Open(path, create: true);
            var replaced = store.ListJourneys().Any(j => j.Id == journey.Id);
            store.SaveJourney(journey);
            console.Out.WriteLine($"{(existed ? "Opened" : "Created")} store {path} (schema v{store.SchemaVersion()}).");
            console.Out.WriteLine(
                $"{(replaced ? "Replaced" : "Loaded")} journey '{journey.Id}' ({journey.Name}): {journey.Stages.Count} stages, {journey.Touchpoints.Count} touchpoints.");
            return ExitCodes.Success;
        });
        return command;
    }
}
