using System.Globalization;
using Pathlight.Metrics;
using Pathlight.Statistics;

namespace Pathlight.Server.Pages;

/// <summary>How the dashboard writes numbers for people: invariant culture, a real minus sign, intervals in words.</summary>
internal static class Format
{
    public static string Number(double value, int decimals) =>
        Minus(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>With a sign either way, for gaps: +1.67, −2.46, 0.00.</summary>
    public static string Signed(double value, int decimals)
    {
        var text = Number(value, decimals);
        return value > 0 && text.Any(c => c is >= '1' and <= '9') ? "+" + text : text;
    }

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"−2.46 to −2.14", or "no interval" below two answers.</summary>
    public static string Interval(Measure measure, int decimals, bool signed = false) =>
        measure is { Low: { } low, High: { } high }
            ? $"{(signed ? Signed(low, decimals) : Number(low, decimals))} to {(signed ? Signed(high, decimals) : Number(high, decimals))}"
            : "no interval";

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Week of 2026-03-02" or "March 2026".</summary>
    public static string Period(DateTime start, TrendPeriod period) => period == TrendPeriod.Week
        ? "Week of " + Date(start)
        : start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Word(Light light) => light switch
    {
        Light.Green => "GREEN",
        Light.Yellow => "YELLOW",
        Light.Red => "RED",
        _ => "GREY",
    };

    public static string Css(Light light) => Word(light).ToLowerInvariant();

    /// <summary>A KPI value in its unit: a rate in percent, anything else as a plain number.</summary>
    public static string Kpi(KpiResult kpi, double value) =>
        kpi.Kind == Journeys.KpiKind.Rate || kpi.Measure == Journeys.KpiMeasure.Success
            ? Number(value, 1) + "%"
            : Number(value, value >= 100 ? 0 : 1);

    // −0.00 reads as a loss that is not there.
    private static string Minus(string text) =>
        !text.StartsWith('-') ? text
        : text.Any(c => c is >= '1' and <= '9') ? "\u2212" + text[1..]
        : text[1..];
}
