using Spectre.Console;

namespace Pathlight.Cli;

/// <summary>
/// Where a command writes: machine output (JSON, CSV, the summary line) goes to <see cref="Out"/> untouched,
/// people-facing tables and progress go through <see cref="Ansi"/>, problems to <see cref="Error"/>.
/// Tests pass string writers; the real program passes the process's streams.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, IAnsiConsole Ansi, bool Interactive)
{
    internal static CliConsole System()
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var ansi = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // A file or pipe has no width; the terminal default of 80 columns would wrap every table cell.
            ansi.Profile.Width = 200;
        }

        return new CliConsole(Console.Out, Console.Error, ansi, interactive);
    }

    internal static CliConsole ForWriters(TextWriter output, TextWriter error)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        ansi.Profile.Width = 200;
        return new CliConsole(output, error, ansi, Interactive: false);
    }
}
