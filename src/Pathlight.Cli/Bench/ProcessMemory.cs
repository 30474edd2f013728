using System.Diagnostics;
using System.Globalization;

namespace Pathlight.Cli.Bench;

/// <summary>
/// The process's resident memory and its peak. On Linux the peak is VmHWM from /proc/self/status, which writing 5 to
/// /proc/self/clear_refs resets, so each phase gets a peak of its own; elsewhere it is the peak working set since the
/// process started.
/// </summary>
internal static class ProcessMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Whether <see cref="ResetPeak"/> works here, so a peak belongs to one phase.</summary>
    public static bool PeakPerPhase { get; } = OperatingSystem.IsLinux() && File.Exists(ClearRefs) && TryReset();

    /// <summary>Starts a new peak at the current resident size, where the system allows it.</summary>
    public static void ResetPeak()
    {
        if (PeakPerPhase) TryReset();
    }

    /// <summary>The peak resident size in bytes since the last reset (or since the process started).</summary>
    public static long Peak() => Read("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    /// <summary>The resident size in bytes now.</summary>
    public static long Current() => Read("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;

    private static bool TryReset()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? Read(string field)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Status)) return null;
        foreach (var line in File.ReadLines(Status))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
            var kilobytes = line[field.Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }

        return null;
    }
}
