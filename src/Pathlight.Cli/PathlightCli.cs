using System.CommandLine;
using Pathlight.Cli.Commands;

namespace Pathlight.Cli;

/// <summary>The command tree and the one place where errors become messages and exit codes.</summary>
internal static class PathlightCli
{
    internal static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Pathlight: customer-experience journey analytics. Map the journey, feed in what happens, see where it meets expectations.")
        {
            InitCommand.Create(console),
            JourneysCommand.Create(console),
            ImportCommand.Create(console),
            ScorecardCommand.Create(console),
            DriversCommand.Create(console),
            PathsCommand.Create(console),
            SupportCommand.Create(console),
            CustomerCommand.Create(console),
            IdentitiesCommand.Create(console),
            ExportCommand.Create(console),
            EraseCommand.Create(console),
            ErasuresCommand.Create(console),
            RetentionCommand.Create(console),
            MomentsCommand.Create(console),
            AtRiskCommand.Create(console),
            OpportunitiesCommand.Create(console),
            DemoCommand.Create(console),
            ServeCommand.Create(console),
            KeysCommand.Create(console),
            SurveyLinkCommand.Create(console),
            WebhooksCommand.Create(console),
            CheckAggregatesCommand.Create(console),
            BenchCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run `pathlight --help` (or `pathlight COMMAND --help`) for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is PathlightException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("PATHLIGHT_DEBUG") is null)
        {
            // A bug, not a user error: say so plainly; PATHLIGHT_DEBUG=1 lets the stack trace through.
            console.Error.WriteLine($"error: internal error ({e.GetType().Name}): {e.Message}");
            console.Error.WriteLine("This is a bug in Pathlight; set PATHLIGHT_DEBUG=1 to see the details.");
            return ExitCodes.Failure;
        }
    }
}
