namespace Pathlight.Journeys;

/// <summary>An operational KPI measured on a touchpoint's interactions.</summary>
/// <param name="Name">Display name, e.g. "pre-order conversion".</param>
/// <param name="Kind">rate, mean or median.</param>
/// <param name="Measure">The interaction field it is computed from.</param>
/// <param name="Target">Target value; for a rate in percent (0–100).</param>
/// <param name="HigherIsBetter">Whether values above the target are good.</param>
public sealed record KpiDefinition(string Name, KpiKind Kind, KpiMeasure Measure, double Target, bool HigherIsBetter);
