using System.CommandLine;
using Pathlight.Cli.Bench;

namespace Pathlight.Cli.Commands;

/// <summary>
/// <c>pathlight bench</c>: generates data of a chosen size and measures Pathlight against plain DuckDB SQL over the same
/// raw rows: import, scorecard, trend, drivers, a customer's timeline and peak memory.
/// </summary>
internal static class BenchCommand
{
    internal static Command Create(CliConsole console)
    {
        var responses = Number<long>("--responses", "Survey responses to generate (up to 100,000,000).", 1_000_000);
        var touchpoints = Number<int>("--touchpoints", "Touchpoints in the generated journey.", 40);
        var customers = new Option<long?>("--customers")
        {
            Description = "Customers the responses come from (up to 5,000,000); by default one per 20 responses.",
            HelpName = "N",
        };
        var months = Number<int>("--months", "Months the responses are spread over.", 24);
        var seed = Number<long>("--seed", "Random seed; the same seed gives the same data.", 1);
        var runs = Number<int>("--runs", "Timed runs per query (after one warm-up); the median is reported.", 5);
        var work = new Option<string?>("--work")
        {
            Description = "Folder for the generated data and the two databases; by default a new temp folder.",
            HelpName = "DIR",
        };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated files afterwards." };
        var markdown = new Option<string?>("--markdown")
        {
            Description = "Also write the results as a Markdown table (with the machine and data size) to this file.",
            HelpName = "FILE",
        };
        var verify = new Option<bool>("--verify")
        {
            Description = "Check Pathlight's scorecard, trend and driver statistics against a recomputation from the raw rows; exit 1 on any difference.",
        };
        var command = new Command("bench",
            "Generate data of a chosen size and measure Pathlight against plain DuckDB SQL over the same rows.")
        {
            responses, touchpoints, customers, months, seed, runs, work, keep, markdown, verify,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(responses);
            var size = new BenchDataSize(count, parsed.GetValue(touchpoints), parsed.GetValue(customers) ?? BenchDataSize.DefaultCustomers(count),
                parsed.GetValue(months), parsed.GetValue(seed));
            if (size.Problem() is { } problem) throw new UsageException(problem);
            var timedRuns = parsed.GetValue(runs);
            if (timedRuns is < 1 or > BenchOptions.MaxRuns) throw new UsageException($"--runs must be from 1 to {BenchOptions.MaxRuns}.");
            var markdownFile = parsed.GetValue(markdown);
            if (markdownFile is not null && Path.GetDirectoryName(Path.GetFullPath(markdownFile)) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"--markdown {markdownFile}: the folder {folder} does not exist.");
            }

            var options = new BenchOptions(size, timedRuns, parsed.GetValue(work), parsed.GetValue(keep), markdownFile, parsed.GetValue(verify));
            return new BenchRunner(console, options).Run();
        });
        return command;
    }

    private static Option<T> Number<T>(string name, string description, T defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        HelpName = "N",
    };
}
