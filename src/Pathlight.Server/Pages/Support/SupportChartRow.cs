using Pathlight.Statistics;

namespace Pathlight.Server.Pages.Support;

/// <summary>One touchpoint in a with-against-without chart: the value with a case and without, each with its interval.</summary>
public sealed record SupportChartRow(string Name, Measure? With, Measure? Without);
