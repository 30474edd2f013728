namespace Pathlight.Cli;

/// <summary>Prints a report's JSON (written by its Core writer) to standard output as one document.</summary>
internal static class ReportOutput
{
    internal static void Json(CliConsole console, Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }
}
