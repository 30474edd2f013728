namespace Pathlight.Opportunities;

/// <summary>How each figure of the backlog is defined, in words: the report's <c>"method"</c>.</summary>
public static class OpportunityMethod
{
    /// <summary>The priority.</summary>
    public const string Priority =
        "loyalty_term + support_term; both are shares of the journey's customers (0-1) weighted by what it costs in loyalty, so they add up. Only touchpoints with a priority above 0 are listed, highest first.";

    /// <summary>The loyalty term.</summary>
    public const string LoyaltyTerm =
        "importance share x (shortfall / 10) x reach: the customers let down at the touchpoint, weighted by how far it falls short and how much it matters to recommendation.";

    /// <summary>The support term.</summary>
    public const string SupportTerm =
        "case share x harm: customers with a support case caused by the touchpoint (opened in the filter) / the journey's customers, times the harm a case does = max(0, -(NPS after such a case - NPS of comparable customers without one)) / 200 (the support report's comparison; the journey-wide comparison over all cases where the touchpoint's own has no answers; 0 when unmeasured). Cases that leave customers no less loyal are an efficiency matter, not a CX opportunity, and weigh nothing here.";

    /// <summary>The shortfall.</summary>
    public const string Shortfall =
        "max(0, -gap) on the 0-10 scale, gap = the scorecard's expectation gap (reality - expectation, else score - expected score); its interval is the gap's negated and clamped at 0. It counts only when the gap's light is not grey (at least min_sample answers). The KPI's relative shortfall, max(0, miss) / |target|, is evidence only.";

    /// <summary>The reach.</summary>
    public const string Reach =
        "distinct customers with an interaction or a response at the touchpoint / the journey's distinct customers (any interaction, response or case), under the filter; Wilson 95% interval, n = the journey's customers.";

    /// <summary>The importance.</summary>
    public const string Importance =
        "the touchpoint's share of R2 in the key-driver analysis of would-recommend (LMG, or relative weights above 15 touchpoints); 0 when it is left out of the model, with the reason.";
}
