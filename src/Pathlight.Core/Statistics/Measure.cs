namespace Pathlight.Statistics;

/// <summary>
/// A measured value with its 95% interval and the sample it rests on. Absent data (no observations) is
/// represented by a null <see cref="Measure"/>, never by one with <see cref="N"/> = 0.
/// </summary>
/// <param name="Value">The point estimate.</param>
/// <param name="Low">Lower bound of the 95% interval, or null when the sample is too small to have one.</param>
/// <param name="High">Upper bound of the 95% interval, or null when the sample is too small to have one.</param>
/// <param name="N">The number of observations (answers, interactions) behind the value.</param>
public sealed record Measure(double Value, double? Low, double? High, long N)
{
    /// <summary>Whether both interval bounds are defined.</summary>
    public bool HasInterval => Low.HasValue && High.HasValue;
}
