namespace Pathlight.AtRisk;

/// <summary>
/// The at-risk rules' thresholds and weights. The risk score is the sum of the weights of a customer's reasons,
/// so it grows with both the number and the severity of them: an open case weighs most because someone is
/// still waiting, a detractor answer or a reopened case next, a low score at a red touchpoint least because it
/// reflects the touchpoint as much as the customer.
/// </summary>
public static class AtRiskRules
{
    /// <summary>The highest likelihood to recommend that makes a detractor (0–6), as in NPS.</summary>
    public const int DetractorMax = 6;

    /// <summary>The highest touchpoint score (reality, else likelihood to recommend) counted as low at a red touchpoint.</summary>
    public const int LowScoreMax = 6;

    /// <summary>What a reason adds to the risk score: open case 3, detractor 2, reopened case 2, low score at a red touchpoint 1.</summary>
    public static int WeightOf(RiskReasonKind kind) => kind switch
    {
        RiskReasonKind.OpenCase => 3,
        RiskReasonKind.Detractor => 2,
        RiskReasonKind.ReopenedCase => 2,
        RiskReasonKind.RedTouchpoint => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The name used in JSON, CSV and webhook payloads: red_touchpoint, open_case, reopened_case, detractor.</summary>
    public static string NameOf(RiskReasonKind kind) => kind switch
    {
        RiskReasonKind.RedTouchpoint => "red_touchpoint",
        RiskReasonKind.OpenCase => "open_case",
        RiskReasonKind.ReopenedCase => "reopened_case",
        RiskReasonKind.Detractor => "detractor",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A plain description for people, e.g. "Detractor answer".</summary>
    public static string Describe(RiskReasonKind kind) => kind switch
    {
        RiskReasonKind.RedTouchpoint => "Low score at a red touchpoint",
        RiskReasonKind.OpenCase => "Open support case",
        RiskReasonKind.ReopenedCase => "Reopened support case",
        RiskReasonKind.Detractor => "Detractor answer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
