namespace Pathlight.Import;

/// <summary>Finds the format of an input from its file name or from a name given on the command line.</summary>
public static class ImportFormats
{
    /// <summary>
    /// The format a file's extension stands for: .csv, .ndjson or .jsonl, .json (ignoring case).
    /// </summary>
    /// <exception cref="PathlightException">The extension is none of those.</exception>
    public static ImportFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.ToLowerInvariant() switch
        {
            ".csv" => ImportFormat.Csv,
            ".ndjson" or ".jsonl" => ImportFormat.Ndjson,
            ".json" => ImportFormat.Json,
            "" => throw new PathlightException(
                $"{Path.GetFileName(path)}: the file name has no extension, so its format is unknown; " +
                "name it .csv, .ndjson, .jsonl or .json, or give --format csv|ndjson|json"),
            _ => throw new PathlightException(
                $"{Path.GetFileName(path)}: '{extension}' files cannot be imported; " +
                "use .csv, .ndjson, .jsonl or .json, or give --format csv|ndjson|json"),
        };
    }

    /// <summary>The format with this name: csv, ndjson (or jsonl) or json, ignoring case.</summary>
    /// <exception cref="PathlightException">The name is none of those.</exception>
    public static ImportFormat Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "csv" => ImportFormat.Csv,
            "ndjson" or "jsonl" => ImportFormat.Ndjson,
            "json" => ImportFormat.Json,
            _ => throw new PathlightException($"unknown format '{name}'; use csv, ndjson or json"),
        };
    }
}
