using System.Globalization;
using System.Text.Json;

namespace Pathlight.Tests.Cli;

/// <summary>
/// Rows of typed values (text, yes/no, numbers, null) written out as CSV, NDJSON or a JSON array, the way an
/// export would: CSV quotes what needs quoting and says yes/no, JSON uses its own types.
/// </summary>
internal sealed record FactFile(string[] Columns, object?[][] Rows)
{
    public string Render(string format) => format switch
    {
        "csv" => Csv(),
        "ndjson" => string.Concat(Rows.Select(r => JsonObject(r) + "\n")),
        "json" => "[\n" + string.Join(",\n", Rows.Select(r => "  " + JsonObject(r))) + "\n]\n",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private string Csv() =>
        string.Join(",", Columns) + "\r\n" + string.Concat(Rows.Select(r => string.Join(",", r.Select(CsvCell)) + "\r\n"));

    private string JsonObject(object?[] row) =>
        JsonSerializer.Serialize(Columns.Zip(row).ToDictionary(p => p.First, p => p.Second));

    private static string CsvCell(object? value) => value switch
    {
        null => "",
        bool b => b ? "yes" : "no",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s when s.AsSpan().IndexOfAny(",\"\r\n") >= 0 => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => value.ToString()!,
    };
}
