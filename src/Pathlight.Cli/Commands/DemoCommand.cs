using System.CommandLine;
using Pathlight.Demo;
using Pathlight.Facts;
using Pathlight.Journeys;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight demo</c>: the sample product-launch journey with synthetic customers, written through the same
/// import path as user files, then its scorecard.
/// </summary>
internal static class DemoCommand
{
    private static readonly (FactKind Kind, string Label)[] Kinds =
    [
        (FactKind.Interaction, "demo interactions"),
        (FactKind.Response, "demo responses"),
        (FactKind.Case, "demo cases"),
        (FactKind.Outcome, "demo outcomes"),
    ];

    internal static Command Create(CliConsole console)
    {
        var customers = new Option<int>("--customers")
        {
            Description = "How many synthetic customers to generate.",
            DefaultValueFactory = _ => DemoScenario.DefaultCustomers,
            HelpName = "N",
        };
        customers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--customers must be at least 1.");
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same seed gives the same customers.",
            DefaultValueFactory = _ => DemoScenario.DefaultSeed,
            HelpName = "S",
        };
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var command = new Command("demo", "Build the sample product-launch journey with synthetic customers and show its scorecard.")
        {
            customers, seed, format, db,
        };
        command.SetAction(parsed =>
        {
            var outputFormat = parsed.GetValue(format);
            var journey = JourneyFile.Parse(DemoScenario.JourneyYaml, "product-launch.journey.yaml (built in)");
            var store = Stores.Open(parsed.GetRequiredValue(db), create: true);
            var log = outputFormat == OutputFormat.Table ? console.Out : console.Error;
            var removed = store.ListJourneys().Any(j => j.Id == journey.Id) ? store.ClearFacts(journey.Id) : 0;
            if (removed > 0)
            {
                log.WriteLine($"Removed the {removed:N0} facts of the earlier '{journey.Id}' demo in {store.Path}.");
            }

            store.SaveJourney(journey);
            var generator = new DemoGenerator(parsed.GetValue(customers), parsed.GetValue(seed));
            log.WriteLine($"Generating {generator.Customers:N0} customers (seed {generator.Seed}) into {store.Path}.");
            foreach (var (kind, label) in Kinds)
            {
                var job = new ImportJob(console with { Out = log }, store, journey, kind, batchSize: 50_000) { Label = label };
                var summary = job.Run(generator.Records(kind));
                if (summary.Rejected > 0)
                {
                    throw new PathlightException($"The demo generator produced {summary.Rejected} invalid {label}; this is a bug.");
                }
            }

            ScorecardCommand.Print(console, store, journey, FactFilter.All, outputFormat);
            return ExitCodes.Success;
        });
        return command;
    }
}
