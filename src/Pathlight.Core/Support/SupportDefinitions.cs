namespace Pathlight.Support;

/// <summary>The fixed choices behind the support-experience figures, in one place for the store, the writers and the docs.</summary>
public static class SupportDefinitions
{
    /// <summary>Churn counts when it comes within this many days after the case (or, without a case, the visit).</summary>
    public const int ChurnWindowDays = 90;

    /// <summary>The outcome kind that means a customer left.</summary>
    public const string ChurnedOutcome = "churned";

    /// <summary>The quantile reported next to the median time to recover.</summary>
    public const double RecoveryQuantile = 0.9;

    /// <summary>The interval method of each figure, as the JSON and the docs name it.</summary>
    public static IReadOnlyDictionary<string, string> Methods { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cases_per_1000"] = "exact Poisson (Garwood) interval for the case count, scaled by 1000/interactions",
        ["time_to_recover_hours"] = "distribution-free order-statistic intervals (binomial ranks) for the median and the 90th percentile",
        ["first_contact_resolution"] = "Wilson score",
        ["reopen_rate"] = "Wilson score",
        ["churn_90d"] = "Wilson score per group; difference by Newcombe's hybrid score method (method 10)",
        ["nps_after"] = "adjusted Wald (Rocks 2016) per group and for the difference",
    };
}
