using System.Globalization;

namespace Pathlight.Cli.Bench;

/// <summary>One line of the benchmark's results.</summary>
/// <param name="Measure">What was measured.</param>
/// <param name="Unit">The unit of both values.</param>
/// <param name="Pathlight">Pathlight's value.</param>
/// <param name="Baseline">Plain DuckDB's value, or null when there is no baseline.</param>
/// <param name="Target">The target in words, or empty.</param>
/// <param name="Met">Whether the target was met; null without a target.</param>
/// <param name="Note">What the numbers need to be read right, or null.</param>
internal sealed record BenchRow(string Measure, BenchUnit Unit, double Pathlight, double? Baseline, string Target, bool? Met,
    string? Note = null)
{
    /// <summary>How many times faster Pathlight is than the baseline (below 1: slower); null for memory.</summary>
    public double? SpeedUp => Baseline is { } baseline && baseline > 0 && Pathlight > 0
        ? Unit switch
        {
            BenchUnit.Milliseconds => baseline / Pathlight,
            BenchUnit.RowsPerSecond => Pathlight / baseline,
            _ => null,
        }
        : null;

    public string PathlightText => Format(Pathlight, Unit);

    public string BaselineText => Baseline is { } baseline ? Format(baseline, Unit) : "—";

    public string SpeedUpText => SpeedUp is { } speedUp
        ? speedUp.ToString(speedUp >= 10 ? "N0" : speedUp >= 1 ? "N1" : "N2", CultureInfo.InvariantCulture) + "×"
        : "—";

    public string MetText => Met switch
    {
        true => "met",
        false => "missed",
        null => "",
    };

    public static string Format(double value, BenchUnit unit) => unit switch
    {
        BenchUnit.RowsPerSecond => value.ToString("N0", CultureInfo.InvariantCulture) + " rows/s",
        BenchUnit.Megabytes => value.ToString("N0", CultureInfo.InvariantCulture) + " MB",
        _ => value.ToString(value >= 100 ? "N0" : value >= 10 ? "N1" : "N2", CultureInfo.InvariantCulture) + " ms",
    };
}
