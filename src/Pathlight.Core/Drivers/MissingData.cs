namespace Pathlight.Drivers;

/// <summary>How customers who skipped a touchpoint (or never rated it) are handled.</summary>
/// <param name="Repaired">
/// Whether the model's correlation matrix was (nearly) singular, two columns carrying the same information, and was
/// replaced by the nearest positive definite one.
/// </param>
public sealed record MissingData(bool Repaired)
{
    /// <summary>The treatment's short name: mean imputation with a missing indicator.</summary>
    public const string Method = "indicator";

    /// <summary>The treatment in a few sentences, for the output.</summary>
    public string Description =>
        "Mean imputation with an indicator: every customer with an outcome is kept. Each touchpoint enters the model as "
        + "the customer's score there (the touchpoint's mean for customers who have none) together with whether they rated it at all, so a "
        + "score's effect is estimated over the customers who went through the touchpoint and the indicator carries the "
        + "difference that going through it made; a touchpoint's importance covers both. Its r, r interval and "
        + "performance use only the customers who rated it."
        + (Repaired ? " The model's correlation matrix was singular and was replaced by the nearest positive definite one." : "");
}
