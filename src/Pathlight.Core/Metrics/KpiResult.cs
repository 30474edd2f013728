using Pathlight.Journeys;
using Pathlight.Statistics;

namespace Pathlight.Metrics;

/// <summary>A touchpoint's operational KPI measured against its target.</summary>
/// <param name="Name">Display name from the journey file.</param>
/// <param name="Kind">rate, mean or median.</param>
/// <param name="Measure">The interaction field it is computed from.</param>
/// <param name="Value">The measured KPI with its 95% interval (a rate in percent), or null without data.</param>
/// <param name="Target">The target from the journey file.</param>
/// <param name="HigherIsBetter">Whether values above the target are good.</param>
/// <param name="Light">Green on target, yellow within the KPI tolerance, red beyond, grey on too little data.</param>
public sealed record KpiResult(
    string Name,
    KpiKind Kind,
    KpiMeasure Measure,
    Measure? Value,
    double Target,
    bool HigherIsBetter,
    Light Light);
