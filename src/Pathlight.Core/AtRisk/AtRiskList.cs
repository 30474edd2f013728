namespace Pathlight.AtRisk;

/// <summary>The customers at risk in one journey at one moment, highest risk first.</summary>
/// <param name="JourneyId">Journey id.</param>
/// <param name="JourneyName">Journey display name.</param>
/// <param name="Window">The as-of time and the window looked back over.</param>
/// <param name="RedTouchpoints">The touchpoints whose light over the window is red, in journey order.</param>
/// <param name="Customers">Customers at risk, by risk score descending, then latest contact first, then id.</param>
/// <param name="ChurnedExcluded">Customers who met a rule but had already churned, so are left out.</param>
public sealed record AtRiskList(
    string JourneyId,
    string JourneyName,
    AtRiskWindow Window,
    IReadOnlyList<string> RedTouchpoints,
    IReadOnlyList<AtRiskCustomer> Customers,
    int ChurnedExcluded);
