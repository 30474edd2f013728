using System.Globalization;
using Pathlight.Facts;
using Pathlight.Journeys;
using Pathlight.Metrics;
using Pathlight.Scorecards;

namespace Pathlight.AtRisk;

/// <summary>
/// Applies the at-risk rules. A customer is at risk when, within the window, they gave a low score
/// (≤ <see cref="AtRiskRules.LowScoreMax"/>) at a touchpoint whose light over the window is red, gave a detractor
/// answer (likelihood to recommend ≤ <see cref="AtRiskRules.DetractorMax"/>), had a reopened case resolved, or
/// has a case still open at the as-of time (however long ago it was opened: someone is still waiting).
/// Customers who churned at or before the as-of time are left out; facts without a customer id cannot be followed up.
/// </summary>
public static class AtRiskFinder
{
    /// <summary>Finds the customers at risk.</summary>
    /// <param name="journey">The journey.</param>
    /// <param name="windowCard">The journey's scorecard over <paramref name="window"/>, whose red lights count.</param>
    /// <param name="window">The as-of time and window.</param>
    /// <param name="facts">Candidate facts; the rules are applied here, so extra facts are harmless.</param>
    public static AtRiskList Find(Journey journey, Scorecard windowCard, AtRiskWindow window, AtRiskFacts facts)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(windowCard);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(facts);

        var red = windowCard.Touchpoints.Where(t => t.Perception.Light == Light.Red).Select(t => t.Id).ToList();
        var redSet = red.ToHashSet(StringComparer.Ordinal);
        var reasons = new Dictionary<string, List<RiskReason>>(StringComparer.Ordinal);
        foreach (var response in facts.Responses)
        {
            if (response.CustomerId is not { } customer || !window.Contains(response.At)) continue;

            if (response.Nps is { } nps && nps <= AtRiskRules.DetractorMax)
            {
                Add(reasons, customer, Reason(RiskReasonKind.Detractor, response.Id, response.TouchpointId, response.At, Text(nps)));
            }

            if (response.TouchpointId is { } touchpoint && redSet.Contains(touchpoint)
                && response.Score is { } score && score <= AtRiskRules.LowScoreMax)
            {
                Add(reasons, customer, Reason(RiskReasonKind.RedTouchpoint, response.Id, touchpoint, response.At, Text(score)));
            }
        }

        foreach (var supportCase in facts.Cases)
        {
            if (CaseReason(supportCase, window) is { } reason)
            {
                Add(reasons, supportCase.CustomerId!, reason);
            }
        }

        var churned = reasons.Keys.Count(facts.Churned.Contains);
        var customers = reasons
            .Where(r => !facts.Churned.Contains(r.Key))
            .Select(r => Customer(r.Key, r.Value, facts))
            .OrderByDescending(c => c.RiskScore)
            .ThenByDescending(c => c.LastContact)
            .ThenBy(c => c.CustomerId, StringComparer.Ordinal)
            .ToList();
        return new AtRiskList(journey.Id, journey.Name, window, red, customers, churned);
    }

    private static RiskReason? CaseReason(CaseFact supportCase, AtRiskWindow window)
    {
        if (supportCase.CustomerId is null || supportCase.Opened > window.AsOf) return null;

        var reopened = supportCase.Reopened == true;
        if (supportCase.Resolved is not { } resolved || resolved > window.AsOf)
        {
            return Reason(RiskReasonKind.OpenCase, supportCase.Id, supportCase.TouchpointId, supportCase.Opened,
                reopened ? "open, reopened" : "open");
        }

        return reopened && window.Contains(resolved)
            ? Reason(RiskReasonKind.ReopenedCase, supportCase.Id, supportCase.TouchpointId, resolved, "reopened")
            : null;
    }

    private static AtRiskCustomer Customer(string id, List<RiskReason> reasons, AtRiskFacts facts)
    {
        var ordered = reasons
            .OrderByDescending(r => r.Weight)
            .ThenByDescending(r => r.At)
            .ThenBy(r => r.FactId, StringComparer.Ordinal)
            .ToList();
        var latestReason = reasons.Max(r => r.At);
        var lastContact = facts.LastContact.TryGetValue(id, out var contact) && contact > latestReason ? contact : latestReason;
        return new AtRiskCustomer(id, reasons.Sum(r => r.Weight), ordered, lastContact);
    }

    private static RiskReason Reason(RiskReasonKind kind, string factId, string? touchpoint, DateTime at, string value) =>
        new(kind, factId, touchpoint, at, value, AtRiskRules.WeightOf(kind));

    private static void Add(Dictionary<string, List<RiskReason>> reasons, string customer, RiskReason reason)
    {
        if (!reasons.TryGetValue(customer, out var list))
        {
            list = [];
            reasons[customer] = list;
        }

        list.Add(reason);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
