using System.Globalization;

namespace Pathlight.Opportunities;

/// <summary>
/// The one-line statement of an opportunity, for the team that owns the touchpoint. It is built from the figures with a
/// few fixed phrases and speaks of what the team can win, never of who is at fault.
/// </summary>
public static class OpportunityStatement
{
    /// <summary>The statement of <paramref name="opportunity"/>: who it is for, how many customers meet the touchpoint and why it matters.</summary>
    /// <param name="opportunity">The scored opportunity (its own statement is not read).</param>
    public static string Of(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var e = opportunity.Evidence;
        var team = opportunity.Owner ?? $"the team behind {opportunity.Name}";
        var text = $"Opportunity for {team}: {Percent(e.Reach?.Value ?? 0)} of customers meet {opportunity.Name}";
        if (e.Shortfall is { Value: > 0 } shortfall)
        {
            text += $", where it lands {Points(shortfall.Value)} below what they expect";
        }
        else if (e.Gap is not null)
        {
            text += ", where it meets what they expect";
        }

        var reasons = new List<string>();
        if (e.Importance.Share > 0 && opportunity.LoyaltyTerm > 0)
        {
            reasons.Add($"explains {Percent(100 * e.Importance.Share)} of whether customers recommend us");
        }

        if (e.CaseCustomers > 0)
        {
            reasons.Add(e.CasesPerThousand is { } rate
                ? $"leads to {Number(rate.Value)} support cases per 1,000 contacts"
                : $"leads {Number(e.CaseCustomers)} customers to support");
        }

        return reasons.Count == 0 ? text + "." : $"{text}; it {string.Join(" and ", reasons)}.";
    }

    private static string Percent(double value) => value is > 0 and < 0.5 ? "under 1%" : Number(value) + "%";

    private static string Points(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.0", CultureInfo.InvariantCulture) + (rounded == 1.0 ? " point" : " points");
    }

    private static string Number(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);
}
