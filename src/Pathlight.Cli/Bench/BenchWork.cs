namespace Pathlight.Cli.Bench;

/// <summary>
/// The folder a benchmark works in: the journey file, the CSV and the two databases. Each run starts from fresh files;
/// afterwards they are removed (and the folder with them when the run made it) unless asked to keep them.
/// </summary>
internal sealed class BenchWork : IDisposable
{
    private readonly bool _created;
    private readonly bool _keep;

    private BenchWork(string folder, bool created, bool keep)
    {
        Folder = folder;
        _created = created;
        _keep = keep;
    }

    public string Folder { get; }

    public string Journey => Path.Combine(Folder, "bench.journey.yaml");

    public string Csv => Path.Combine(Folder, "responses.csv");

    public string Store => Path.Combine(Folder, "pathlight.duckdb");

    public string Baseline => Path.Combine(Folder, "baseline.duckdb");

    private IEnumerable<string> Files => [Journey, Csv, Store, Store + ".wal", Baseline, Baseline + ".wal"];

    /// <summary>Opens <paramref name="folder"/> (made when missing), or a new temp folder when it is null.</summary>
    public static BenchWork Open(string? folder, bool keep)
    {
        var path = Path.GetFullPath(folder ?? Path.Combine(Path.GetTempPath(), "pathlight-bench-" + Guid.NewGuid().ToString("N")));
        if (File.Exists(path))
        {
            throw new UsageException($"--work {folder}: this is a file, not a folder.");
        }

        var created = !Directory.Exists(path);
        Directory.CreateDirectory(path);
        var work = new BenchWork(path, created, keep);
        work.RemoveFiles();
        return work;
    }

    public void Dispose()
    {
        if (_keep) return;
        if (_created)
        {
            Directory.Delete(Folder, recursive: true);
            return;
        }

        RemoveFiles();
    }

    private void RemoveFiles()
    {
        foreach (var file in Files)
        {
            File.Delete(file);
        }
    }
}
