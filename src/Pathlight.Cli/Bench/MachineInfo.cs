using System.Globalization;
using System.Runtime.InteropServices;

namespace Pathlight.Cli.Bench;

/// <summary>The machine a benchmark ran on, as its results state it.</summary>
internal sealed record MachineInfo(int Cores, long MemoryBytes, string OperatingSystem, string Runtime, string DuckDb)
{
    public static MachineInfo Current(string duckDbVersion) => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        OperatingSystemName(),
        RuntimeInformation.FrameworkDescription,
        duckDbVersion);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores, {MemoryBytes / (1024.0 * 1024 * 1024):N1} GiB memory, {OperatingSystem}, {Runtime}, DuckDB {DuckDb}");

    // On Linux the distribution's name says more than the kernel string RuntimeInformation gives.
    private static string OperatingSystemName()
    {
        const string Release = "/etc/os-release";
        var kernel = RuntimeInformation.OSDescription.Trim();
        if (!global::System.OperatingSystem.IsLinux() || !File.Exists(Release)) return kernel;
        var pretty = File.ReadLines(Release)
            .FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"');
        var version = Environment.OSVersion.Version;
        return pretty is null ? kernel : $"{pretty} (Linux {version.Major}.{version.Minor}, {RuntimeInformation.OSArchitecture})";
    }
}
