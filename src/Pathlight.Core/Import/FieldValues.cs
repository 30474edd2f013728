using System.Globalization;

namespace Pathlight.Import;

/// <summary>Culture-independent parsing of the value types facts use.</summary>
internal static class FieldValues
{
    public const string TimestampExample =
        "use ISO 8601 such as 2025-03-04T14:30:00Z, 2025-03-04T16:30:00+02:00 or the date 2025-03-04";

    public const string YesNoExample = "use yes/no, true/false, 1/0 or y/n";

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd' 'HH:mmK",
        "yyyy-MM-dd",
    ];

    /// <summary>
    /// ISO 8601 with an offset (converted to UTC), without one (taken as UTC), or a date (midnight UTC).
    /// A space may stand for the T, as many databases write it.
    /// </summary>
    public static bool TryTimestamp(string text, out DateTime utc) =>
        DateTime.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc);

    public static bool TryYesNo(string text, out bool value)
    {
        if (text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("y", StringComparison.OrdinalIgnoreCase) || text == "1")
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text.Equals("n", StringComparison.OrdinalIgnoreCase) || text == "0";
    }

    /// <summary>
    /// A whole number, also when written with a zero fraction (7.0), as tools that store whole numbers as
    /// floating point do (pandas writes an integer column with gaps as 7.0).
    /// </summary>
    public static bool TryWholeNumber(string text, out long value)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        return false;
    }

    /// <summary>A finite number with a point for decimals and an optional exponent; no thousands separators.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
