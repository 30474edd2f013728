namespace Pathlight.AtRisk;

/// <summary>Why a customer is on the at-risk list; each kind carries a weight in the risk score.</summary>
public enum RiskReasonKind
{
    /// <summary>A low score (0–6) at a touchpoint whose light over the window is red.</summary>
    RedTouchpoint,

    /// <summary>A support case still open at the as-of time.</summary>
    OpenCase,

    /// <summary>A case that was reopened, resolved within the window.</summary>
    ReopenedCase,

    /// <summary>A likelihood-to-recommend answer of 0–6.</summary>
    Detractor,
}
