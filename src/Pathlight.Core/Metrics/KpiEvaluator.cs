using Pathlight.Journeys;
using Pathlight.Statistics;

namespace Pathlight.Metrics;

/// <summary>Measures a touchpoint's operational KPI from its interaction statistics and lights it against the target.</summary>
public static class KpiEvaluator
{
    /// <summary>
    /// Measures the KPI: a rate is the % of success among interactions with a success flag (Wilson), a mean the
    /// t interval of the measure, a median the order-statistic interval from the measure's histogram.
    /// A KPI on the success flag is always a rate, whatever its kind says.
    /// </summary>
    /// <param name="kpi">The KPI definition from the journey file.</param>
    /// <param name="statistics">The touchpoint's interaction statistics.</param>
    /// <param name="options">The journey options (minimum sample and KPI tolerance).</param>
    public static KpiResult Evaluate(KpiDefinition kpi, InteractionStatistics statistics, JourneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(options);
        var value = Measure(kpi, statistics);
        return new KpiResult(kpi.Name, kpi.Kind, kpi.Measure, value, kpi.Target, kpi.HigherIsBetter, LightOf(kpi, value, options));
    }

    /// <summary>
    /// Grey when there is no value or fewer than <see cref="JourneyOptions.MinSample"/> observations; green when the
    /// value meets the target (≥ when higher is better, ≤ otherwise); yellow when it misses by at most
    /// KpiTolerance·|target|; red beyond.
    /// </summary>
    /// <param name="kpi">The KPI definition with its target and direction.</param>
    /// <param name="value">The measured KPI, or null.</param>
    /// <param name="options">The journey options.</param>
    public static Light LightOf(KpiDefinition kpi, Measure? value, JourneyOptions options)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(options);
        if (value is null || value.N < options.MinSample) return Light.Grey;

        var meets = kpi.HigherIsBetter ? value.Value >= kpi.Target : value.Value <= kpi.Target;
        if (meets) return Light.Green;
        return Math.Abs(value.Value - kpi.Target) <= options.KpiTolerance * Math.Abs(kpi.Target) ? Light.Yellow : Light.Red;
    }

    private static Measure? Measure(KpiDefinition kpi, InteractionStatistics statistics)
    {
        if (kpi.Kind == KpiKind.Rate || kpi.Measure == KpiMeasure.Success)
        {
            return WilsonInterval.Percent(statistics.Success.Yes, statistics.Success.N);
        }

        var onDuration = kpi.Measure == KpiMeasure.DurationSeconds;
        return kpi.Kind == KpiKind.Median
            ? MedianInterval.Of(onDuration ? statistics.DurationCounts : statistics.ValueCounts)
            : MeanInterval.Of(onDuration ? statistics.Duration : statistics.Value);
    }
}
