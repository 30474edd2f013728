namespace Pathlight.Metrics;

/// <summary>The perception light of a gap with its two flags.</summary>
/// <param name="Light">Green, yellow, red, or grey when there is too little data.</param>
/// <param name="Wow">The gap reaches the WOW threshold (never on grey).</param>
/// <param name="Uncertain">The gap's interval crosses a light boundary, or is undefined (never on grey).</param>
public sealed record LightAssessment(Light Light, bool Wow, bool Uncertain)
{
    /// <summary>The assessment when there is too little data.</summary>
    public static LightAssessment Grey { get; } = new(Light.Grey, false, false);
}
