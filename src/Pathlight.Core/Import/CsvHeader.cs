namespace Pathlight.Import;

/// <summary>Checks a CSV header and turns its names into column names: trimmed and lower-cased.</summary>
internal static class CsvHeader
{
    public static string[] Check(IReadOnlyList<string> header)
    {
        if (header.Count == 0)
        {
            throw new PathlightException("the file is empty; a CSV file starts with a header row naming its columns");
        }

        var columns = new string[header.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = (header[i] ?? "").Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                throw new PathlightException($"the header row has no name for column {i + 1}; every column needs one");
            }

            if (name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                throw new PathlightException("the header row is not valid UTF-8; save the file as UTF-8");
            }

            if (!seen.Add(name))
            {
                throw new PathlightException($"the header row names column '{name}' twice; column names must be unique");
            }

            columns[i] = name;
        }

        return columns;
    }
}
