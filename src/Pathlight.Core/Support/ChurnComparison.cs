using Pathlight.Statistics;

namespace Pathlight.Support;

/// <summary>Churn within the window after a case against comparable customers without one, in percent.</summary>
/// <param name="WithCase">Churn rate of customers with a case (Wilson interval); n = customers observed for the whole window.</param>
/// <param name="Without">Churn rate of comparable customers without any case (Wilson interval).</param>
/// <param name="Difference">WithCase − Without in percentage points (Newcombe interval); n = both groups.</param>
/// <param name="PendingWithCase">Customers with a case left out because their window runs past the latest data.</param>
/// <param name="PendingWithout">Comparable customers left out for the same reason.</param>
public sealed record ChurnComparison(Measure? WithCase, Measure? Without, Measure? Difference, long PendingWithCase, long PendingWithout);
