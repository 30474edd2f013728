namespace Pathlight.Metrics;

/// <summary>Counts of yes and no answers to one question.</summary>
public readonly record struct YesNo(long Yes, long No)
{
    /// <summary>Answers given.</summary>
    public long N => Yes + No;

    /// <summary>The counts with one more answer.</summary>
    public YesNo Add(bool answer) => answer ? this with { Yes = Yes + 1 } : this with { No = No + 1 };

    /// <summary>The union of two sets of answers.</summary>
    public static YesNo operator +(YesNo a, YesNo b) => new(a.Yes + b.Yes, a.No + b.No);

    /// <summary>The union of two sets of answers.</summary>
    public static YesNo Add(YesNo a, YesNo b) => a + b;
}
