using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>Relationship NPS after support against comparable customers without a case.</summary>
/// <param name="WithCase">NPS of customers with a case, from their latest relationship answer after it (adjusted-Wald interval).</param>
/// <param name="Without">NPS of comparable customers without any case, from their latest relationship answer after their visit.</param>
/// <param name="Difference">WithCase − Without in NPS points (adjusted-Wald interval); n = both groups.</param>
public sealed record NpsComparison(Measure? WithCase, Measure? Without, Measure? Difference);
