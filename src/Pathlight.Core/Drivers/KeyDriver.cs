using Pathlight.Statistics;

namespace Pathlight.Drivers;

/// <summary>One touchpoint as a driver of the outcome.</summary>
/// <param name="Rank">1 for the most important driver.</param>
/// <param name="TouchpointId">The touchpoint.</param>
/// <param name="Name">The touchpoint's name.</param>
/// <param name="Owner">Who owns the touchpoint, if the journey says.</param>
/// <param name="R">Pearson correlation of the customers' touchpoint score with the outcome.</param>
/// <param name="RLow">Lower bound of r's 95% Fisher-z interval, null below four customers.</param>
/// <param name="RHigh">Upper bound of r's 95% Fisher-z interval, null below four customers.</param>
/// <param name="N">Customers with both a score here and an outcome, the sample r rests on.</param>
/// <param name="Importance">The driver's part of the model's R² (LMG or relative weight).</param>
/// <param name="Share">Importance / R², 0–1; the shares sum to 1.</param>
/// <param name="Performance">The mean customer score at the touchpoint (0–10) with its t interval, over every customer with a score there.</param>
/// <param name="Quadrant">Importance against performance, cut at the means across drivers.</param>
public sealed record KeyDriver(
    int Rank,
    string TouchpointId,
    string Name,
    string? Owner,
    double R,
    double? RLow,
    double? RHigh,
    long N,
    double Importance,
    double Share,
    Measure Performance,
    DriverQuadrant Quadrant);
