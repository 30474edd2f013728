namespace Pathlight.Tests.Helpers;

/// <summary>
/// A temp folder with a store made by <c>pathlight init --journey samples/product-launch.journey.yaml</c>, and
/// a way to run commands against it. Deleted on dispose.
/// </summary>
public sealed class CliStore : IDisposable
{
    public const string JourneyId = "product-launch";

    public CliStore(string name = "store.duckdb")
    {
        Db = Folder.File(name);
        var init = CliRunner.Run("init", "--journey", SampleFiles.ProductLaunchJourney, "--db", Db);
        if (init.ExitCode != 0)
        {
            throw new InvalidOperationException($"init failed: {init}");
        }
    }

    public DisposableFolder Folder { get; } = new();

    /// <summary>The store file.</summary>
    public string Db { get; }

    /// <summary>Runs a command in process with <c>--db</c> pointing at this store.</summary>
    public CliResult Run(params string[] args) => CliRunner.Run([.. args, "--db", Db]);

    /// <summary>Writes a file into the folder and imports it.</summary>
    public CliResult Import(string kind, string fileName, string text, params string[] options) =>
        Run(["import", kind, Folder.Write(fileName, text), .. options]);

    public List<Dictionary<string, object?>> Query(string sql) => DuckDbFile.Query(Db, sql);

    public long Count(string table) => DuckDbFile.Count(Db, table);

    public void Dispose() => Folder.Dispose();
}
