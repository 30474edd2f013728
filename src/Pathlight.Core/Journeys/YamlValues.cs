using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>How journey-file scalars are read: nulls, true/false, numbers, and how a node is named in a reason.</summary>
internal static class YamlValues
{
    private const int ShownLength = 40;

    /// <summary>True for <c>~</c>, <c>null</c> and a key written with no value; a quoted empty text is not null.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: var value }
        && (string.IsNullOrEmpty(value) || value is "~" or "null" or "Null" or "NULL");

    public static bool TryBool(string text, out bool value)
    {
        var isTrue = text.Equals("true", StringComparison.OrdinalIgnoreCase);
        var isFalse = text.Equals("false", StringComparison.OrdinalIgnoreCase);
        value = isTrue;
        return isTrue || isFalse;
    }

    /// <summary>Reads a decimal number; YAML's <c>.inf</c> and <c>.nan</c> are read too, so they can be rejected as non-finite.</summary>
    public static bool TryNumber(string text, out double value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case ".nan":
                value = double.NaN;
                return true;
            case ".inf" or "+.inf":
                value = double.PositiveInfinity;
                return true;
            case "-.inf":
                value = double.NegativeInfinity;
                return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Names a node for a reason: <c>'maybe'</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "an empty value",
        YamlScalarNode { Value: { } text } => Quote(text),
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an unreadable value",
    };

    /// <summary>Quotes a value on one line, shortened, so a reason stays one line.</summary>
    public static string Quote(string text)
    {
        var shown = text.ReplaceLineEndings(" ").Trim();
        return shown.Length <= ShownLength ? $"'{shown}'" : $"'{shown[..ShownLength]}...'";
    }

    public static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
