using System.Diagnostics;
using Pathlight.Cli;

namespace Pathlight.Tests.Helpers;

/// <summary>Runs the <c>pathlight</c> command line, in this process or as a child process.</summary>
public static class CliRunner
{
    /// <summary>Runs the CLI in process with string writers for stdout and stderr.</summary>
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PathlightCli.Run(args, CliConsole.ForWriters(output, error));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the built <c>pathlight.dll</c> (copied next to the test assembly) with the dotnet host, killing it
    /// after <paramref name="timeout"/>.
    /// </summary>
    public static Task<CliResult> RunProcessAsync(string workingFolder, TimeSpan timeout, params string[] args) =>
        RunProcessAsync(workingFolder, timeout, new Dictionary<string, string?>(), args);

    /// <summary>
    /// Runs the built <c>pathlight.dll</c> as <see cref="RunProcessAsync(string, TimeSpan, string[])"/> does, with these
    /// environment variables set (a null value removes one), so a test never changes this process's environment.
    /// </summary>
    public static async Task<CliResult> RunProcessAsync(string workingFolder, TimeSpan timeout,
        IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pathlight.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PATHLIGHT_DEBUG");
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pathlight {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

    // The host that runs the tests, so the child uses the same runtime; DOTNET_HOST_PATH is set by the dotnet CLI.
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } current
            && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : "dotnet";
    }
}
