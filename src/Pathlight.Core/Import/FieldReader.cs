using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathlight.Import;

/// <summary>
/// Reads the known columns of one record as typed values, collecting a plain reason for every value it
/// rejects. An empty or whitespace-only value means not answered.
/// </summary>
internal sealed partial class FieldReader(SourceRecord record, ColumnLayout layout, IReadOnlyList<string> names)
{
    public const int MaxIdLength = 200;

    private List<string>? _problems;

    /// <summary>Every problem found so far, joined, or null.</summary>
    public string? Error => _problems is null ? null : string.Join("; ", _problems);

    public bool Failed => _problems is not null;

    public void Fail(string problem) => (_problems ??= []).Add(problem);

    /// <summary>The trimmed value, or null when empty or absent.</summary>
    public string? Text(int column)
    {
        var index = layout.Known[column];
        var value = index >= 0 && index < record.Values.Count ? record.Values[index] : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string? Required(int column, string why)
    {
        var value = Text(column);
        if (value is null)
        {
            Fail($"{names[column]}: empty; {why}");
        }

        return value;
    }

    public string? Id(int column)
    {
        var id = Required(column, "every row needs an id");
        if (id is { Length: > MaxIdLength })
        {
            Fail($"{names[column]}: {id.Length} characters long; at most {MaxIdLength} are allowed");
            return null;
        }

        return id;
    }

    public DateTime? Timestamp(int column, string? requiredWhy)
    {
        var text = requiredWhy is null ? Text(column) : Required(column, requiredWhy);
        if (text is null)
        {
            return null;
        }

        if (FieldValues.TryTimestamp(text, out var utc))
        {
            return utc;
        }

        Fail($"{names[column]}: '{text}' is not a date and time; {FieldValues.TimestampExample}");
        return null;
    }

    public int? WholeNumber(int column, int min, int max)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (!FieldValues.TryWholeNumber(text, out var value))
        {
            Fail($"{names[column]}: '{text}' is not a whole number; answers are whole numbers from {min} to {max}");
            return null;
        }

        if (value < min || value > max)
        {
            Fail($"{names[column]}: {text} is outside the range {min} to {max}");
            return null;
        }

        return (int)value;
    }

    public bool? YesNo(int column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (FieldValues.TryYesNo(text, out var value))
        {
            return value;
        }

        Fail($"{names[column]}: '{text}' is not yes or no; {FieldValues.YesNoExample}");
        return null;
    }

    public double? Number(int column, double min = double.NegativeInfinity)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (!FieldValues.TryNumber(text, out var value))
        {
            Fail($"{names[column]}: '{text}' is not a number; write it with a point for decimals, like 12.5");
            return null;
        }

        if (value < min)
        {
            Fail($"{names[column]}: {text} is below the smallest allowed value, {min.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    /// <summary>A lower-case name made of letters, digits and underscores (an outcome kind).</summary>
    public string? Name(int column, string why, string examples)
    {
        var text = Required(column, why)?.ToLowerInvariant();
        if (text is not null && !NamePattern().IsMatch(text))
        {
            Fail($"{names[column]}: '{text}' may hold only letters, digits and underscores, like {examples}");
            return null;
        }

        return text;
    }

    /// <summary>The values of the attribute columns, empty ones left out.</summary>
    public IReadOnlyDictionary<string, string> Attributes()
    {
        Dictionary<string, string>? attributes = null;
        for (var i = 0; i < layout.AttributeIndices.Length; i++)
        {
            var index = layout.AttributeIndices[i];
            var value = index < record.Values.Count ? record.Values[index] : null;
            if (!string.IsNullOrWhiteSpace(value))
            {
                (attributes ??= new(StringComparer.Ordinal))[layout.AttributeNames[i]] = value.Trim();
            }
        }

        return attributes ?? (IReadOnlyDictionary<string, string>)ReadOnlyDictionary<string, string>.Empty;
    }

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
