namespace Pathlight.Metrics;

/// <summary>The response statistics of one touchpoint in one period of a trend.</summary>
/// <param name="Start">The period's first instant (UTC): a Monday or the first of a month, at midnight.</param>
/// <param name="TouchpointId">The touchpoint, or null for relationship responses (those with no touchpoint).</param>
/// <param name="Statistics">The sufficient statistics of the responses given in the period.</param>
public sealed record PeriodStatistics(DateTime Start, string? TouchpointId, ResponseStatistics Statistics);
