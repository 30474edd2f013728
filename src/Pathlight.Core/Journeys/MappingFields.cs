using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>
/// Reads the keys of one mapping of a journey file, reporting unknown keys up front and every missing or
/// ill-typed value at the node it comes from. Each getter returns null when the value is absent or wrong.
/// </summary>
internal sealed class MappingFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly YamlMappingNode _node;
    private readonly string _owner;
    private readonly JourneyFileErrors _errors;

    /// <param name="node">The mapping.</param>
    /// <param name="owner">What the mapping is, for reasons: "a touchpoint", "the journey", "options".</param>
    /// <param name="allowed">Its keys, in the order the documentation lists them.</param>
    /// <param name="errors">Where problems go.</param>
    public MappingFields(YamlMappingNode node, string owner, IReadOnlyList<string> allowed, JourneyFileErrors errors)
    {
        _node = node;
        _owner = owner;
        _errors = errors;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                errors.Add(key, $"keys in {owner} must be plain names, not {YamlValues.Describe(key)}");
            }
            else if (!allowed.Contains(name))
            {
                var suggestion = KeySuggestion.Closest(name, allowed);
                var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
                errors.Add(key, $"unknown key '{name}' in {owner}{hint}; allowed keys are {string.Join(", ", allowed)}");
            }
            else
            {
                _entries[name] = (scalar, value);
            }
        }
    }

    /// <summary>The value node of a key, or null when it is absent or empty (reported when required).</summary>
    public YamlNode? Value(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                _errors.Add(_node, $"missing required key '{key}' in {_owner}");
            }

            return null;
        }

        if (YamlValues.IsNull(entry.Value))
        {
            if (required)
            {
                _errors.Add(entry.Key, $"'{key}' needs a value");
            }

            return null;
        }

        return entry.Value;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is YamlScalarNode { Value: { } text })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }

            if (required)
            {
                _errors.Add(node, $"'{key}' needs a value");
            }

            return null;
        }

        Wrong(node, key, "text");
        return null;
    }

    /// <summary>An id: lower-case letters, digits, '-' and '_', starting with a letter or digit.</summary>
    public string? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is not null && !IsValidId(text))
        {
            _errors.Add(_entries[key].Value,
                $"'{key}' must use only lower-case letters, digits, '-' and '_', and start with a letter or digit, "
                + $"not {YamlValues.Quote(text)}");
        }

        return text;
    }

    public bool? Bool(string key)
    {
        var node = Value(key);
        if (node is YamlScalarNode { Value: { } text } && YamlValues.TryBool(text, out var value))
        {
            return value;
        }

        Wrong(node, key, "true or false");
        return null;
    }

    /// <summary>A finite number; infinities and NaN are reported.</summary>
    public double? Number(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is YamlScalarNode { Value: { } text } && YamlValues.TryNumber(text, out var value))
        {
            if (double.IsFinite(value))
            {
                return value;
            }

            _errors.Add(node, $"'{key}' must be a finite number, not {YamlValues.Quote(text)}");
            return null;
        }

        Wrong(node, key, "a number");
        return null;
    }

    public int? WholeNumber(string key)
    {
        var node = Value(key);
        if (node is YamlScalarNode { Value: { } text } && YamlValues.TryNumber(text, out var value)
            && double.IsFinite(value) && Math.Floor(value) == value && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        Wrong(node, key, "a whole number");
        return null;
    }

    public YamlMappingNode? Mapping(string key)
    {
        var node = Value(key);
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Wrong(node, key, "a mapping of keys and values");
        return null;
    }

    /// <summary>A list; an empty value counts as an empty list.</summary>
    public YamlSequenceNode? Sequence(string key)
    {
        var node = Value(key);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Wrong(node, key, "a list");
        return null;
    }

    /// <summary>Whether the key is written at all, even with an empty value.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The value node of a key that is present, to point a reason at it.</summary>
    public YamlNode NodeOf(string key) => _entries[key].Value;

    /// <summary>The key node, to point at when the value is empty.</summary>
    public YamlNode KeyOf(string key) => _entries[key].Key;

    public static bool IsValidId(string text) =>
        text.Length > 0 && IsLowerLetterOrDigit(text[0]) && text.All(c => IsLowerLetterOrDigit(c) || c is '-' or '_');

    private static bool IsLowerLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private void Wrong(YamlNode? node, string key, string expected)
    {
        if (node is not null)
        {
            _errors.Add(node, $"'{key}' must be {expected}, not {YamlValues.Describe(node)}");
        }
    }
}
