using System.Globalization;
using Pathlight.Import;

namespace Pathlight.Tests.Demo;

/// <summary>A generated record read back by column name, parsed the way an importer would.</summary>
internal sealed class DemoRow(SourceRecord record)
{
    public SourceRecord Record => record;

    public string? this[string column]
    {
        get
        {
            var index = IndexOf(column);
            return index < 0 ? throw new ArgumentException($"No column {column}.", nameof(column)) : record.Values[index];
        }
    }

    public string Id => this["id"]!;

    public string Customer => this["customer_id"]!;

    public string Touchpoint => this["touchpoint"] ?? "";

    /// <summary>The part of the id after the customer number: r-000123-04 and i-000123-04 share "04".</summary>
    public string Sequence => Id[(Id.LastIndexOf('-') + 1)..];

    public int IndexOf(string column)
    {
        for (var i = 0; i < record.Columns.Count; i++)
        {
            if (record.Columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    public bool IsBlank(string column) => string.IsNullOrEmpty(this[column]);

    public DateTime Time(string column) => DateTime.ParseExact(
        this[column]!,
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        CultureInfo.InvariantCulture,
        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public double? Number(string column) =>
        IsBlank(column) ? null : double.Parse(this[column]!, NumberStyles.Float, CultureInfo.InvariantCulture);

    public bool? Flag(string column) => this[column] switch
    {
        "true" => true,
        "false" => false,
        null or "" => null,
        var other => throw new FormatException($"{column} is '{other}', not true/false."),
    };
}
