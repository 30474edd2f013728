namespace Pathlight.AtRisk;

/// <summary>Where the as-of time of an at-risk list came from.</summary>
public enum AsOfSource
{
    /// <summary>The journey's latest contact (interaction, response or case event), the default.</summary>
    LatestContact,

    /// <summary>The wall clock (<c>--as-of now</c>).</summary>
    Now,

    /// <summary>A date or timestamp the caller gave.</summary>
    Given,
}
