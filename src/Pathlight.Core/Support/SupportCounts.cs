using Pathlight.Metrics;

namespace Pathlight.Support;

/// <summary>
/// What the store counts for one group of support cases (those caused by one touchpoint, or all of them): the
/// sufficient statistics every support-experience figure is computed from. <see cref="SupportDefinitions"/> says
/// which cases, customers and answers each count covers.
/// </summary>
public sealed class SupportCounts
{
    /// <summary>Interactions at the touchpoint (for all cases: at every touchpoint) in the filter.</summary>
    public long Interactions { get; set; }

    /// <summary>Cases opened in the filter.</summary>
    public long Cases { get; set; }

    /// <summary>Distinct customers with at least one of the cases.</summary>
    public long Customers { get; set; }

    /// <summary>Support contacts the cases took, summed.</summary>
    public long Contacts { get; set; }

    /// <summary>Cases not yet resolved.</summary>
    public long Open { get; set; }

    /// <summary>Time to recover (resolved − opened) in hours of the resolved cases: distinct values with their counts.</summary>
    public SortedDictionary<double, long> RecoveryHours { get; } = [];

    /// <summary>First-contact resolution, where recorded: yes = resolved at the first contact.</summary>
    public YesNo FirstContact { get; set; }

    /// <summary>Reopening, where recorded: yes = reopened.</summary>
    public YesNo Reopened { get; set; }

    /// <summary>Customers with a case whose churn window has been observed: yes = churned within it.</summary>
    public YesNo ChurnWithCase { get; set; }

    /// <summary>Comparable customers without any case whose churn window has been observed: yes = churned within it.</summary>
    public YesNo ChurnWithout { get; set; }

    /// <summary>Customers with a case whose churn window runs past the latest data, so left out of the churn rate.</summary>
    public long ChurnPendingWithCase { get; set; }

    /// <summary>Comparable customers without a case whose churn window runs past the latest data.</summary>
    public long ChurnPendingWithout { get; set; }

    /// <summary>Each customer-with-a-case's latest relationship likelihood-to-recommend answer after the case.</summary>
    public NpsCounts NpsWithCase { get; set; }

    /// <summary>Each comparable customer's latest relationship likelihood-to-recommend answer after their visit.</summary>
    public NpsCounts NpsWithout { get; set; }
}
